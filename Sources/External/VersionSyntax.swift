/// How a package manager writes a package with a version constraint.
///
/// Templates use `{name}` and `{version}`; range clauses are joined with `and`.
/// A missing `exact` or `ranges` means the manager cannot express that constraint.
public struct VersionSyntax: Hashable, Sendable {
    public var nameOnly: String
    public var exact: String?
    public var rangeJoiner: String?
    public var ranges: [DepURLVersion.Operator: String]

    public init(nameOnly: String = "{name}", exact: String? = nil, rangeJoiner: String? = nil,
                ranges: [DepURLVersion.Operator: String] = [:]) {
        self.nameOnly = nameOnly
        self.exact = exact
        self.rangeJoiner = rangeJoiner
        self.ranges = ranges
    }

    /// The package written with `version`, or `nil` when the syntax cannot express it.
    public func render(_ package: String, version: DepURLVersion?) -> String? {
        func fill(_ template: String, _ value: String) -> String {
            template.replacingPlaceholder("{name}", with: package).replacingPlaceholder("{version}", with: value)
        }
        guard let version else { return fill(nameOnly, "") }
        if version.constraints.count == 1, version.constraints[0].op == .equal, let exact {
            return fill(exact, version.constraints[0].version)
        }
        guard let joiner = rangeJoiner else { return nil }
        var clauses: [String] = []
        for constraint in version.constraints {
            guard let template = ranges[constraint.op] else { return nil }
            clauses.append(fill(template, constraint.version))
        }
        return clauses.joined(separator: joiner)
    }
}
