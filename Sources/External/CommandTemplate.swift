/// A package manager command with one `{}` placeholder for package specifiers.
public struct CommandTemplate: Hashable, Sendable {
    public var arguments: [String]
    public var requiresElevation: Bool

    public init(arguments: [String], requiresElevation: Bool = false) {
        self.arguments = arguments
        self.requiresElevation = requiresElevation
    }

    /// The arguments with the placeholder argument repeated once per package:
    /// `{}` becomes each package, and an argument such as `nixpkgs.{}` becomes
    /// `nixpkgs.a nixpkgs.b`, so that no package name is ever glued to another.
    public func command(for packages: [String]) -> [String] {
        arguments.flatMap { argument in
            argument.contains("{}") ? packages.map { argument.replacingPlaceholder("{}", with: $0) } : [argument]
        }
    }
}

extension String {
    /// Every occurrence of `placeholder` (non-empty) replaced by `value`, scanning once.
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        let text = Array(utf8)
        let pattern = Array(placeholder.utf8)
        guard !pattern.isEmpty, text.count >= pattern.count else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if text[index] == pattern[0], index + pattern.count <= text.count,
               text[index..<index + pattern.count].elementsEqual(pattern)
            {
                result.append(contentsOf: value.utf8)
                index += pattern.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
