import Testing
import TOML

/// Error codes, messages and spans, and the limits that keep bad input from trapping.
struct ErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let source: [UInt8]
        let code: String
        /// The source text the error span must cover.
        let spanText: String
        /// A piece the message must contain.
        let message: String

        init(_ source: String, _ code: String, _ spanText: String, _ message: String) {
            self.source = Array(source.utf8)
            self.code = code
            self.spanText = spanText
            self.message = message
        }

        init(bytes: [UInt8], _ code: String, _ spanText: String, _ message: String) {
            self.source = bytes
            self.code = code
            self.spanText = spanText
            self.message = message
        }

        var testDescription: String { code + ": " + String(decoding: source.prefix(40), as: UTF8.self).debugDescription }
    }

    static let cases: [Case] = [
        Case("a = \n", "expected-value", "\n", "expected a value, found newline"),
        Case("a = 1\na = 2\n", "duplicate-key", "a", "found `a` already defined"),
        Case("a = \"x\\q\"", "invalid-escape", "\\q", "expected an escape sequence, found `\\q`"),
        Case("a = \"\\uD800\"", "invalid-escape", "\\uD800", "expected a Unicode scalar value"),
        Case(bytes: Array("a = \"".utf8) + [0xFF] + Array("\"".utf8), "invalid-utf8", "\u{FFFD}", "found byte `0xFF`"),
        Case("a = \"x\u{01}\"", "control-character", "\u{01}", "found `U+0001`"),
        Case("a = 1 # \u{7F}\n", "control-character", "\u{7F}", "found `U+007F`"),
        Case("a = 1\rb = 2", "control-character", "\r", "expected `\\n` after a carriage return"),
        Case("a = 9223372036854775808", "integer-overflow", "9223372036854775808", "expected an integer between"),
        Case("a = 0x8000000000000000", "integer-overflow", "0x8000000000000000", "found `0x8000000000000000`"),
        Case("a = 012", "invalid-number", "012", "without leading zeros"),
        Case("a = 1__0", "invalid-number", "_", "expected a digit after `_`"),
        Case("[a]\n[a]\n", "table-redefined", "[a]", "found `a` already defined by a header"),
        Case("a.b = 1\n[a]\n", "table-redefined", "[a]", "already defined by dotted keys"),
        Case("a = {}\n[a.b]\n", "inline-value-extended", "a", "already defined as an inline table"),
        Case("a = \"abc", "unterminated-string", "\"", "expected `\"` to close the string, found end of file"),
        Case("a = \"\"\"abc\n", "unterminated-string", "\"\"\"", "expected `\"\"\"` to close the string"),
        Case("a = 1979-13-01", "invalid-datetime", "13", "expected a valid month, found `13`"),
        Case("a = 1979-02-29", "invalid-datetime", "29", "expected a valid day"),
        Case("a = 07:32", "invalid-datetime", "", "`:` after the minute, found end of file"),
        Case("a = 1 b = 2", "expected-newline", "b", "expected a newline or a comment, found `b`"),
        Case("a = [1 2]", "expected-comma", "2", "expected `,` or `]`, found `2`"),
        Case("a = {x = 1,}", "expected-key", "}", "expected a key, found `}`"),
        Case("[a\n", "expected-bracket", "\n", "expected `]`, found newline"),
        Case("a 1", "expected-equals", "1", "expected `=` after a key, found `1`"),
        Case("a = \u{0}", "expected-value", "\u{0}", "found `U+0000`"),
        Case("a = 1\n\u{FEFF}b = 2", "expected-key", "\u{FEFF}", "expected a key"),
    ]

    @Test(arguments: cases)
    func errorCodeMessageAndSpan(_ c: Case) {
        do {
            _ = try TOMLDocument(parsing: c.source)
            Issue.record("accepted")
        } catch {
            #expect(error.code.rawValue == c.code)
            #expect(error.message.contains(c.message), "\(error.message)")
            let covered = String(decoding: c.source[error.span], as: UTF8.self)
            #expect(covered == c.spanText, "span \(error.span)")
        }
    }

    @Test func redefinitionsPointAtTheFirstDefinition() throws {
        let source = Array("[project]\nname = 'a'\nname = 'b'\n".utf8)
        let error = try #require(throws: TOMLError.self) { try TOMLDocument(parsing: source) }
        let first = try #require(error.firstDefinition)
        #expect(String(decoding: source[first], as: UTF8.self) == "'a'")
        #expect(error.span == 21..<25)
    }

    @Test func byteOrderMarkAtTheStartIsSkipped() throws {
        let document = try TOMLDocument(parsing: [0xEF, 0xBB, 0xBF] + Array("a = 1\r\n".utf8))
        #expect(document["a"]?.integer == 1)
        #expect(document["a"]?.span == 7..<8)
    }

    struct DepthCase: Sendable, CustomTestStringConvertible {
        let name: String
        let source: String
        let accepted: Bool
        var testDescription: String { name }
    }

    static let limit = TOMLDocument.maximumDepth
    static let depthCases: [DepthCase] = [
        DepthCase(name: "arrays at the limit", source: "a = " + String(repeating: "[", count: limit) + String(repeating: "]", count: limit), accepted: true),
        DepthCase(name: "arrays past the limit", source: "a = " + String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1), accepted: false),
        DepthCase(name: "100 000 arrays", source: "a = " + String(repeating: "[", count: 100_000), accepted: false),
        DepthCase(name: "100 000 inline tables", source: "a = " + String(repeating: "{b = ", count: 100_000), accepted: false),
        DepthCase(name: "dotted keys at the limit", source: (0...limit).map { "k\($0)" }.joined(separator: ".") + " = 1", accepted: true),
        DepthCase(name: "dotted keys past the limit", source: (0...limit + 1).map { "k\($0)" }.joined(separator: ".") + " = 1", accepted: false),
        DepthCase(name: "header past the limit", source: "[" + (0...limit).map { "k\($0)" }.joined(separator: ".") + "]", accepted: false),
        DepthCase(name: "dotted keys inside nested inline tables",
                  source: "a = " + String(repeating: "{b.c.d.e.f.g.h.i = ", count: 40) + "1" + String(repeating: "}", count: 40), accepted: false),
    ]

    @Test(arguments: depthCases)
    func nestingIsLimited(_ c: DepthCase) {
        do {
            _ = try TOMLDocument(parsing: c.source)
            #expect(c.accepted)
        } catch {
            #expect(!c.accepted)
            #expect(error.code == .nestingTooDeep)
        }
    }

    @Test func tenMegabytesParse() throws {
        var source: [UInt8] = []
        source.reserveCapacity(10_500_000)
        var i = 0
        while source.count < 10_000_000 {
            source += Array("[t\(i)]\nname = \"pkg-\(i)\"\ndeps = [\"a>=1\", 'b', \"c\\u00e9\"]\nn = \(i)\n".utf8)
            i += 1
        }
        let document = try TOMLDocument(parsing: source)
        #expect(document.root.count == i)
        #expect(document["t\(i - 1)"]?["n"]?.integer == Int64(i - 1))
    }

    @Test func garbageNeverTraps() {
        // Every prefix of a tricky document, and bytes flipped at every position, must just parse or throw.
        let base = Array("a = [1, {b = \"x\\u00e9\"}, 1979-05-27T07:32:00Z]\n[[t]]\n'q' = '''\nz'''\n".utf8)
        for end in 0...base.count {
            _ = try? TOMLDocument(parsing: Array(base[..<end]))
        }
        for position in base.indices {
            for replacement: UInt8 in [0x00, 0x0D, 0x22, 0x5C, 0x5B, 0x7B, 0xC3, 0xFF] {
                var bytes = base
                bytes[position] = replacement
                _ = try? TOMLDocument(parsing: bytes)
            }
        }
        #expect(throws: TOMLError.self) { try TOMLDocument(parsing: Array(base[..<10])) }
    }
}
