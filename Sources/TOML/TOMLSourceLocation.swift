/// A 1-based line and column (counted in Unicode scalars) in a source.
public struct TOMLSourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The line, from 1. Lines end at `\n` (so `\r\n` too).
    public var line: Int
    /// The column in Unicode scalars, from 1. A leading byte order mark is not counted.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Computes the location of byte `offset` in `source` by scanning it (only findings need this).
    /// Offsets past the end are clamped; an offset inside a multi-byte scalar counts that scalar.
    public init(byteOffset offset: Int, in source: [UInt8]) {
        let end = min(max(offset, 0), source.count)
        var line = 1
        var lineStart = 0
        if source.count >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF { lineStart = 3 }
        for i in 0..<end where source[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        var column = 1
        var i = lineStart
        while i < end {
            if source[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        if lineStart > end { column = 1 }
        self.init(line: line, column: column)
    }

    public var description: String { "\(line):\(column)" }
}
