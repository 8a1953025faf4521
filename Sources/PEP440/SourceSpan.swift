/// A half-open range `[start, end)` of Unicode scalar offsets into the text that was parsed.
///
/// Scalar offsets (not bytes, not grapheme clusters) are what other implementations and the
/// conformance suite compare, so every core parse error reports them.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
    /// Offset of the first scalar in the span.
    public var start: Int
    /// Offset one past the last scalar in the span; equal to `start` for an empty span.
    public var end: Int

    /// Creates a span; `end` is clamped so that it is never before `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = Swift.max(start, end)
    }

    /// An empty span at `offset`.
    public init(at offset: Int) {
        self.init(start: offset, end: offset)
    }

    /// The number of scalars covered.
    public var count: Int { end - start }

    public var description: String { "\(start)..<\(end)" }
}
