/// Byte-level helpers shared by the version and specifier scanners.
///
/// Everything here works on UTF-8 code units so parsing never decodes `Character`s; scalar
/// offsets are computed only when an error is built.
@usableFromInline
enum UTF8Text {
    /// Runs `parser` over the UTF-8 bytes of `text`, in place when the storage is contiguous
    /// (native strings and their substrings), else over a native copy. Inlinable so that
    /// it is specialised for the caller's string type: no generic dispatch per parse.
    @inlinable
    static func parse<T>(
        _ text: some StringProtocol, _ parser: (UnsafeBufferPointer<UInt8>) -> Result<T, ParseError>
    ) -> Result<T, ParseError> {
        if let result = text.utf8.withContiguousStorageIfAvailable(parser) { return result }
        var copy = String(text)
        return copy.withUTF8(parser)
    }

    /// The number of Unicode scalars encoded by `bytes[0..<offset]`.
    static func scalarOffset(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var count = 0
        var i = 0
        while i < offset {
            if bytes[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// Length in bytes of the whitespace scalar starting at `i`, or 0.
    ///
    /// The set is Python's `str.isspace()` (what packaging's `\s` matches), which is wider
    /// than the six characters the spec lists: it also covers U+001C–U+001F, NEL, NBSP and
    /// the Unicode space separators.
    static func whitespaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let c = b[i]
        if c < 0x80 {
            return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) ? 1 : 0
        }
        if c == 0xC2, i + 1 < end {
            return b[i + 1] == 0x85 || b[i + 1] == 0xA0 ? 2 : 0
        }
        guard i + 2 < end else { return 0 }
        let c1 = b[i + 1], c2 = b[i + 2]
        switch c {
        case 0xE1: return c1 == 0x9A && c2 == 0x80 ? 3 : 0
        case 0xE2:
            if c1 == 0x80 { return c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF ? 3 : 0 }
            return c1 == 0x81 && c2 == 0x9F ? 3 : 0
        case 0xE3: return c1 == 0x80 && c2 == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// Index of the first non-whitespace byte at or after `i`.
    static func skipWhitespace(_ b: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int {
        var i = i
        while i < end {
            let n = whitespaceLength(b, at: i, end: end)
            if n == 0 { break }
            i += n
        }
        return i
    }

    /// `end` moved back over trailing whitespace, not below `start`.
    static func trimTrailingWhitespace(_ b: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int {
        var end = end
        while end > start {
            // Whitespace scalars are 1 to 3 bytes long; try each candidate start.
            var matched = false
            for width in 1...3 where end - width >= start {
                if whitespaceLength(b, at: end - width, end: end) == width {
                    end -= width
                    matched = true
                    break
                }
            }
            if !matched { break }
        }
        return end
    }

    /// The text of `bytes[start..<end]` for an error message, cut to a readable length.
    static func snippet(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        if start >= end { return "end of input" }
        var stop = start
        var scalars = 0
        while stop < end && scalars < 40 {
            stop += 1
            while stop < end && b[stop] & 0xC0 == 0x80 { stop += 1 }
            scalars += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<stop]), as: UTF8.self)
        return stop < end ? "`\(text)…`" : "`\(text)`"
    }

    /// Builds a ``ParseError`` from byte offsets, converting them to scalar offsets.
    static func error(
        _ kind: ErrorKind, _ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ message: String
    ) -> ParseError {
        let s = scalarOffset(b, start)
        var e = s
        var i = start
        while i < end {
            if b[i] & 0xC0 != 0x80 { e += 1 }
            i += 1
        }
        return ParseError(kind: kind, message: message, span: SourceSpan(start: s, end: e))
    }

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c &- 0x41 < 26 ? c | 0x20 : c }
    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isSeparator(_ c: UInt8) -> Bool { c == 0x2E || c == 0x2D || c == 0x5F }
    /// `[A-Za-z0-9._-]`, the characters of a word in the span rule of SPEC.md §4.
    @inline(__always) static func isIdentifierByte(_ c: UInt8) -> Bool { isAlnum(c) || isSeparator(c) }
}
