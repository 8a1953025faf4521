import Synchronization

/// The bytes of one file and the map from byte offsets to lines and columns.
///
/// The line index is built once, on the first question about lines, so creating a
/// `SourceFile` for a file that turns out to be clean costs nothing. Lines end at
/// `\n` or `\r\n`; a lone `\r` is an ordinary (displayed) character. Columns count
/// Unicode scalars from 1; bytes that are not valid UTF-8 count one column each and
/// display as U+FFFD. A UTF-8 byte order mark at the start of the file is not part of
/// line 1.
public final class SourceFile: Sendable {
    /// The path as diagnostics name it.
    public let path: String
    public let bytes: [UInt8]
    private let lineStarts = Mutex<[Int]?>(nil)
    /// The last column counted: renderers ask in file order, so the count resumes from
    /// there and many findings on one long line cost the line once, not once each.
    private let lastColumn = Mutex<(line: Int, offset: Int, count: Int)?>(nil)

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The number of lines. An empty file has one (empty) line; a final line
    /// terminator does not start another line.
    public var lineCount: Int { starts().count }

    /// The line and column of a byte offset. Offsets outside the file are clamped to
    /// it; an offset inside a line terminator (or at the end of the file) is the column
    /// just after the line's last character.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(offset, 0), bytes.count)
        let starts = starts()
        let line = Self.lineIndex(of: clamped, in: starts)
        let content = contentRange(line: line, starts: starts)
        let limit = min(clamped, content.upperBound)
        guard limit > content.lowerBound else { return SourceLocation(line: line + 1, column: 1, offset: clamped) }
        let (start, before) = lastColumn.withLock { last in
            if let last, last.line == line, last.offset <= limit { return (last.offset, last.count) }
            return (content.lowerBound, 0)
        }
        let (count, stop) = UTF8Scanner.scalarCount(bytes, from: start, end: content.upperBound, upTo: limit)
        lastColumn.withLock { $0 = (line, stop, before + count) }
        return SourceLocation(line: line + 1, column: before + count + 1, offset: clamped)
    }

    /// The 1-based line of a byte offset (clamped to the file), without the column's cost.
    public func line(of offset: Int) -> Int {
        Self.lineIndex(of: min(max(offset, 0), bytes.count), in: starts()) + 1
    }

    /// The bytes of a 1-based line without its terminator (and without the byte order
    /// mark on line 1). Lines out of range give an empty range at the end of the file.
    public func lineRange(_ line: Int) -> Range<Int> {
        let starts = starts()
        guard line >= 1 && line <= starts.count else { return bytes.count..<bytes.count }
        return contentRange(line: line - 1, starts: starts)
    }

    /// The text of a 1-based line without its terminator, invalid UTF-8 replaced by
    /// U+FFFD.
    public func lineText(_ line: Int) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: UTF8Scanner.scalars(bytes, lineRange(line)))
        return text
    }

    /// The scalars of `bytes[range]` (clamped to the file), invalid UTF-8 replaced by
    /// U+FFFD. Renderers use this so that what they count is what they print.
    func scalars(in range: Range<Int>) -> [Unicode.Scalar] {
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return UTF8Scanner.scalars(bytes, lower..<upper)
    }

    private func starts() -> [Int] {
        lineStarts.withLock { cached in
            if let cached { return cached }
            var starts = [0]
            bytes.withUnsafeBufferPointer { buffer in
                for i in 0..<buffer.count where buffer[i] == UInt8(ascii: "\n") && i + 1 < buffer.count {
                    starts.append(i + 1)
                }
            }
            cached = starts
            return starts
        }
    }

    private static func lineIndex(of offset: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    private func contentRange(line: Int, starts: [Int]) -> Range<Int> {
        var start = starts[line]
        if line == 0 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            start = 3
        }
        var end = line + 1 < starts.count ? starts[line + 1] : bytes.count
        if end > start && bytes[end - 1] == UInt8(ascii: "\n") {
            end -= 1
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        return start..<end
    }
}
