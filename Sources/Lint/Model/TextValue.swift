import TOML

/// A decoded TOML string and the way back from its characters to the file's bytes.
///
/// Requirement and marker errors carry spans in Unicode scalar offsets of the decoded
/// string; escapes (`\"`, `\u00e9`) and multi-line strings make those differ from
/// byte offsets in the file, so the TOML module's string keeps the map.
public struct TextValue: Hashable, Sendable {
    /// The decoded string with its source map.
    public var toml: TOMLString
    /// The bytes of the whole literal in the file, quotes included.
    public var span: Range<Int>

    init(_ toml: TOMLString, span: Range<Int>) {
        self.toml = toml
        self.span = span
    }

    /// The decoded string.
    public var string: String { toml.value }

    /// The byte range in the file of the decoded scalars `[start, end)`.
    ///
    /// Offsets past the end map to the closing quote, so an error "at the end of the
    /// string" points just before it.
    public func sourceRange(scalars start: Int, _ end: Int) -> Range<Int> {
        toml.sourceRange(forScalarRange: max(start, 0)..<max(end, start, 0))
    }
}
