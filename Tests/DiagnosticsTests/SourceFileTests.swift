import Diagnostics
import Testing

struct LocationCase: CustomStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var offset: Int
    var line: Int
    var column: Int
    var description: String { name }

    init(_ name: String, _ text: String, _ offset: Int, _ line: Int, _ column: Int) {
        self.init(name, Array(text.utf8), offset, line, column)
    }

    init(_ name: String, _ bytes: [UInt8], _ offset: Int, _ line: Int, _ column: Int) {
        self.name = name
        self.bytes = bytes
        self.offset = offset
        self.line = line
        self.column = column
    }
}

@Suite struct SourceFileTests {
    static let locations: [LocationCase] = [
        LocationCase("empty file", "", 0, 1, 1),
        LocationCase("start", "abc\ndef", 0, 1, 1),
        LocationCase("middle of line 1", "abc\ndef", 2, 1, 3),
        LocationCase("on the newline", "abc\ndef", 3, 1, 4),
        LocationCase("start of line 2", "abc\ndef", 4, 2, 1),
        LocationCase("end of file without newline", "abc\ndef", 7, 2, 4),
        LocationCase("end of file after final newline", "abc\n", 4, 1, 4),
        LocationCase("empty line", "a\n\nb", 2, 2, 1),
        LocationCase("CRLF: on the CR", "ab\r\ncd", 2, 1, 3),
        LocationCase("CRLF: on the LF", "ab\r\ncd", 3, 1, 3),
        LocationCase("CRLF: next line", "ab\r\ncd", 5, 2, 2),
        LocationCase("lone CR is not a line break", "a\rb", 2, 1, 3),
        LocationCase("two-byte scalar", "é=1", 2, 1, 2),
        LocationCase("four-byte scalar", "😀x", 4, 1, 2),
        LocationCase("offset inside a scalar points at it", "a😀x", 3, 1, 2),
        LocationCase("tab counts one column", "\tx", 1, 1, 2),
        LocationCase("negative offset clamps", "abc", -5, 1, 1),
        LocationCase("offset past the end clamps", "abc", 99, 1, 4),
        LocationCase("byte order mark is not a column", [0xEF, 0xBB, 0xBF] + Array("ab".utf8), 4, 1, 2),
        LocationCase("offset inside the byte order mark", [0xEF, 0xBB, 0xBF] + Array("ab".utf8), 1, 1, 1),
        LocationCase("invalid byte counts one column", [0x61, 0xFF, 0x62], 2, 1, 3),
        LocationCase("truncated sequence counts per byte", [0xE2, 0x82, 0x61], 2, 1, 3),
        LocationCase("surrogate encoding is invalid", [0xED, 0xA0, 0x80, 0x61], 3, 1, 4),
    ]

    @Test(arguments: locations)
    func location(_ c: LocationCase) {
        let file = SourceFile(path: "f", bytes: c.bytes)
        let location = file.location(of: c.offset)
        #expect(location.line == c.line)
        #expect(location.column == c.column)
    }

    /// Columns resume from the last one counted on the same line; asked in any order, in
    /// any mix of lines, they agree with a count from the line's start.
    @Test func columnsAskedInAnyOrderAgree() {
        let bytes = Array("ab😀c\té\nx😀y\n".utf8) + [0xFF] + Array("z😀".utf8)
        let offsets = [0, 6, 2, 9, 10, 3, 14, 15, 21, 1, 12, 17, 18, 20, 7, 8, 5]
        let fresh = { (offset: Int) in SourceFile(path: "f", bytes: bytes).location(of: offset) }
        let shared = SourceFile(path: "f", bytes: bytes)
        for offset in offsets + offsets.reversed() {
            #expect(shared.location(of: offset) == fresh(offset), "offset \(offset)")
            #expect(shared.line(of: offset) == fresh(offset).line)
        }
    }

    @Test func lineCountAndText() {
        let file = SourceFile(path: "f", text: "one\r\ntwo\n\nfour\n")
        #expect(file.lineCount == 4)
        #expect(file.lineText(1) == "one")
        #expect(file.lineText(2) == "two")
        #expect(file.lineText(3) == "")
        #expect(file.lineText(4) == "four")
        #expect(file.lineText(5) == "")
        #expect(file.lineRange(2) == 5..<8)
    }

    @Test func lossyLineText() {
        let file = SourceFile(path: "f", bytes: [0x61, 0xC3, 0x28, 0x0A, 0xF0, 0x9F, 0x98, 0x80])
        #expect(file.lineText(1) == "a\u{FFFD}(")
        #expect(file.lineText(2) == "😀")
    }

    @Test func byteOrderMarkIsNotDisplayed() {
        let file = SourceFile(path: "f", bytes: [0xEF, 0xBB, 0xBF] + Array("[project]\n".utf8))
        #expect(file.lineText(1) == "[project]")
        #expect(file.lineRange(1) == 3..<12)
        let rendered = HumanRenderer().render(
            Diagnostic(code: "PC1", severity: .error, message: "m", file: "f", span: 4..<11), source: file)
        #expect(rendered.hasSuffix(" --> f:1:2\n  |\n1 | [project]\n  |  ^^^^^^^\n"))
    }

    @Test func onlyLineBreaks() {
        let file = SourceFile(path: "f", text: "\n\n")
        #expect(file.lineCount == 2)
        #expect(file.location(of: 2) == SourceLocation(line: 2, column: 1, offset: 2))
    }

    @Test func locationsAreStableUnderConcurrentFirstUse() async {
        let file = SourceFile(path: "f", text: String(repeating: "line\n", count: 1000))
        await withTaskGroup(of: Int.self) { group in
            for k in 0..<8 { group.addTask { file.location(of: k * 500).line } }
            var lines: [Int] = []
            for await line in group { lines.append(line) }
            #expect(lines.sorted() == (0..<8).map { $0 * 100 + 1 })
        }
    }
}
