import Foundation
/// A package manager command with one `{}` placeholder for package specifiers.
public struct CommandTemplate: Hashable, Sendable {
    public var arguments: [String]
    public var requiresElevation: Bool

    public init(arguments: [String], requiresElevation: Bool = false) {
        self.arguments = arguments
        self.requiresElevation = requiresElevation
    }

    /// The arguments with `{}` replaced by `packages` (spliced in, one argument each).
    public func command(for packages: [String]) -> [String] {
        arguments.flatMap { $0 == "{}" ? packages : [$0.replacingPlaceholder("{}", with: packages.joined(separator: " "))] }
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
