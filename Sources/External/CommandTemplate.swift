import Foundation
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
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: placeholder) {
            result += rest[..<range.lowerBound]
            result += value
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
