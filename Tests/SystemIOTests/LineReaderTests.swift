#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import SystemIO
import Testing

@Suite struct LineReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var input: [UInt8]
        var limit: Int
        var lines: [LineReader.Line]
        var testDescription: String { name }
    }

    static func text(_ s: String) -> LineReader.Line { .line(Array(s.utf8)) }
    static let long = [UInt8](repeating: 0x61, count: 200_000)

    @Test(arguments: [
        Case(name: "lines", input: Array("a\nbc\n".utf8), limit: 10, lines: [text("a"), text("bc")]),
        Case(name: "last line without a line feed", input: Array("a\nbc".utf8), limit: 10, lines: [text("a"), text("bc")]),
        Case(name: "blank lines", input: Array("\n\r\n".utf8), limit: 10, lines: [text(""), text("\r")]),
        Case(name: "nothing", input: [], limit: 10, lines: []),
        Case(name: "bytes as they are", input: [0xFF, 0x0A], limit: 10, lines: [.line([0xFF])]),
        Case(name: "exactly the limit", input: Array("abcd\n".utf8), limit: 4, lines: [text("abcd")]),
        Case(name: "one past the limit", input: Array("abcde\nf\n".utf8), limit: 4, lines: [.tooLong(length: 5), text("f")]),
        Case(name: "a long line across chunks, within the limit", input: long + [0x0A], limit: 200_000, lines: [.line(long)]),
        Case(name: "a long line across chunks, past the limit", input: long + Array("\nok".utf8), limit: 100_000,
             lines: [.tooLong(length: 200_000), text("ok")]),
    ])
    func reads(_ c: Case) throws {
        var fds: [Int32] = [-1, -1]
        try #require(pipe(&fds) == 0)
        let writer = fds[1]
        let input = c.input
        // A writer thread: the input may be larger than a pipe holds.
        let feeding = BlockingThread {
            var offset = 0
            while offset < input.count {
                let n = input[offset...].withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                offset += n
            }
            close(writer)
        }
        var reader = LineReader(descriptor: fds[0], limit: c.limit)
        var lines: [LineReader.Line] = []
        while let line = try reader.next() { lines.append(line) }
        feeding.join()
        close(fds[0])
        #expect(lines == c.lines)
    }
}
