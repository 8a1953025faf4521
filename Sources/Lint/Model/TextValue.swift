/// A decoded TOML string and the way back from its characters to the file's bytes.
///
/// Requirement and marker errors carry spans in Unicode scalar offsets of the decoded
/// string; escapes (`\"`, `\u00e9`) and multi-line strings make those differ from
/// byte offsets in the file, so every scalar keeps the byte offset it came from.
public struct TextValue: Hashable, Sendable {
    /// The decoded string.
    public var string: String
    /// The bytes of the whole literal in the file, quotes included.
    public var span: Range<Int>
    /// `sourceOffsets[i]` is the byte offset in the file of decoded scalar `i`; the
    /// last element is the offset just past the last scalar (before the closing quote).
    var sourceOffsets: [Int]

    init(string: String, span: Range<Int>, sourceOffsets: [Int]) {
        self.string = string
        self.span = span
        self.sourceOffsets = sourceOffsets
    }

    /// The byte range in the file of the decoded scalars `[start, end)`.
    ///
    /// Offsets past the end clamp to the closing quote, so an error "at the end of the
    /// string" points just before it.
    public func sourceRange(scalars start: Int, _ end: Int) -> Range<Int> {
        guard !sourceOffsets.isEmpty else { return span }
        let last = sourceOffsets.count - 1
        let lower = sourceOffsets[min(max(start, 0), last)]
        let upper = sourceOffsets[min(max(end, start, 0), last)]
        return lower..<max(lower, upper)
    }
}
