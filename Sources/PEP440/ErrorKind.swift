/// The stable, kebab-case category of a ``ParseError``.
///
/// Kinds are open: other modules add their own in extensions (PEP508 adds requirement and
/// marker kinds), so this is a struct rather than an enum.
public struct ErrorKind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    /// The text is not a valid PEP 440 version.
    public static let invalidVersion = ErrorKind(rawValue: "invalid-version")
    /// The text is not a valid version specifier or specifier set.
    public static let invalidSpecifier = ErrorKind(rawValue: "invalid-specifier")
}
