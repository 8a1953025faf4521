/// A decoded TOML string that remembers where each of its Unicode scalars came from.
///
/// Escapes (`\"`, `\u00E9`, `\U0001F600`), line-ending backslashes, the trimmed first
/// newline of multi-line strings and CRLF line endings (decoded as `\n`, as Python's
/// `tomllib` does) all make the decoded text differ from the source. The map stays
/// compact: one record per such place; plain runs are mapped by walking the text on demand.
public struct TOMLString: Hashable, Sendable, CustomStringConvertible {
    /// Where decoded text stops mirroring the source: `scalars` scalars that occupy
    /// `bytes` UTF-8 bytes of decoded text came from `sourceStart..<sourceEnd`.
    struct Jump: Hashable, Sendable {
        var decodedScalar: Int
        var decodedByte: Int
        var scalars: Int
        var bytes: Int
        var sourceStart: Int
        var sourceEnd: Int
    }

    /// The decoded text.
    public let value: String
    /// Byte offset of the first content byte (after the opening quotes).
    public let contentStart: Int
    /// Byte offset just past the last content byte (at the closing quotes).
    public let contentEnd: Int
    let jumps: [Jump]
    /// Whether ``value`` is ASCII, so that scalar offsets are byte offsets: spans are then
    /// mapped without walking the text (many findings in one long string stay linear).
    let isASCII: Bool

    init(value: String, contentStart: Int, contentEnd: Int, jumps: [Jump], isASCII: Bool = false) {
        self.value = value
        self.contentStart = contentStart
        self.contentEnd = contentEnd
        self.jumps = jumps
        self.isASCII = isASCII
    }

    public var description: String { value }

    /// Whether the decoded text is byte for byte the source text between the quotes.
    public var isVerbatim: Bool { jumps.isEmpty }

    /// The source byte offset of the Unicode scalar at `scalarOffset` in ``value``.
    ///
    /// An offset at or past the end maps to ``contentEnd``; a negative one is treated as 0.
    /// A scalar produced by an escape maps to the escape's backslash.
    public func sourceOffset(forScalarOffset scalarOffset: Int) -> Int {
        sourceRange(ofScalar: scalarOffset).lowerBound
    }

    /// The source byte range of the decoded scalars `scalarRange` (e.g. an error span inside a
    /// requirement); an escape is covered whole.
    public func sourceRange(forScalarRange scalarRange: Range<Int>) -> Range<Int> {
        let start = sourceOffset(forScalarOffset: scalarRange.lowerBound)
        if scalarRange.isEmpty { return start..<start }
        return start..<max(start, sourceRange(ofScalar: scalarRange.upperBound - 1).upperBound)
    }

    /// The source bytes that produced the scalar at `scalarOffset` (empty at the end).
    private func sourceRange(ofScalar scalarOffset: Int) -> Range<Int> {
        let k = max(scalarOffset, 0)
        var byteOffset = 0
        var width = 0
        if isASCII {
            if k < value.utf8.count { (byteOffset, width) = (k, 1) }
        } else {
            // Walk the decoded text to the scalar's UTF-8 offset: this runs only when a finding is reported.
            var scalarIndex = 0
            for scalar in value.unicodeScalars {
                if scalarIndex == k { width = UTF8.width(scalar); break }
                scalarIndex += 1
                byteOffset += UTF8.width(scalar)
            }
        }
        if width == 0 { return contentEnd..<contentEnd }
        // The last jump starting at or before the scalar; of equal starts the later one wins.
        var low = 0, high = jumps.count
        while low < high {
            let mid = (low + high) / 2
            if jumps[mid].decodedScalar <= k { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return (contentStart + byteOffset)..<(contentStart + byteOffset + width) }
        let jump = jumps[low - 1]
        if k < jump.decodedScalar + jump.scalars { return jump.sourceStart..<jump.sourceEnd }
        let start = jump.sourceEnd + (byteOffset - jump.decodedByte - jump.bytes)
        return start..<(start + width)
    }
}
