import PEP440

/// A problem found while reading the `[external]` table.
public struct ExternalTableIssue: Hashable, Sendable, CustomStringConvertible {
    public var kind: ErrorKind
    public var message: String
    /// The span of the offending key or value, in the caller's offsets.
    public var span: Range<Int>
    /// For a bad specifier string: the parse error, its span in Unicode scalar offsets
    /// of the string's decoded content.
    public var parseError: ParseError?

    public var description: String { "\(kind.rawValue): \(message)" }
}
