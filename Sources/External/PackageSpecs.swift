/// The packages one DepURL needs in an ecosystem, per category.
public struct PackageSpecs: Hashable, Sendable {
    public var build: [String]
    public var host: [String]
    public var run: [String]

    public init(build: [String] = [], host: [String] = [], run: [String] = []) {
        self.build = build
        self.host = host
        self.run = run
    }

    /// The list for one category.
    public subscript(category: DependencyCategory) -> [String] {
        switch category {
        case .build: build
        case .host: host
        case .run: run
        }
    }

    /// True when no category lists a package.
    public var isEmpty: Bool { build.isEmpty && host.isEmpty && run.isEmpty }
}
