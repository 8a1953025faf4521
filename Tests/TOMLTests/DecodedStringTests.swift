import Testing
import TOML

/// Decoded strings map every scalar back to the source byte it came from.
struct DecodedStringTests {
    struct Case: CustomTestStringConvertible, Sendable {
        /// The value part of `s = <value>`.
        let literal: String
        let decoded: String
        /// (scalar offset in the decoded text, source text starting at the mapped byte)
        let probes: [(Int, String)]
        var testDescription: String { literal.debugDescription }
    }

    static let cases: [Case] = [
        Case(literal: #""requests>=2""#, decoded: "requests>=2", probes: [(0, "requests"), (8, ">=2"), (11, "\"")]),
        Case(literal: #""a\"b""#, decoded: "a\"b", probes: [(0, "a"), (1, #"\"b"#), (2, #"b""#), (3, "\"")]),
        Case(literal: #""caf\u00e9 x""#, decoded: "café x", probes: [(3, #"\u00e9"#), (4, " x"), (5, "x")]),
        Case(literal: #""\U0001F600!é!""#, decoded: "😀!é!", probes: [(0, #"\U0001F600"#), (1, "!é"), (2, "é!"), (3, "!\"")]),
        Case(literal: "\"\"\"\nfirst\"\"\"", decoded: "first", probes: [(0, "first"), (5, "\"\"\"")]),
        Case(literal: "\"\"\"\r\nab\r\ncd\"\"\"", decoded: "ab\ncd", probes: [(0, "ab"), (2, "\r\ncd"), (3, "cd")]),
        Case(literal: "\"\"\"one \\\n    two\\t3\"\"\"", decoded: "one two\t3", probes: [(3, " \\"), (4, "two"), (7, "\\t3"), (8, "3")]),
        Case(literal: "'''\n'x' \\n'''", decoded: "'x' \\n", probes: [(0, "'x'"), (4, "\\n")]),
        Case(literal: "\"\"\"a\"\"\"\"\"", decoded: "a\"\"", probes: [(1, "\"\"\"\"\""), (2, "\"\"\"\"")]),
        // ASCII text maps offsets without walking it; text with other characters walks.
        Case(literal: "\"" + String(repeating: "x", count: 5000) + "y\"", decoded: String(repeating: "x", count: 5000) + "y",
             probes: [(5000, "y"), (5001, "\"")]),
        Case(literal: "'é" + String(repeating: "x", count: 5000) + "y'", decoded: "é" + String(repeating: "x", count: 5000) + "y",
             probes: [(0, "é"), (5001, "y"), (5002, "'")]),
        Case(literal: "\"\\u00e9\\t" + String(repeating: "x", count: 50) + "y\"", decoded: "é\t" + String(repeating: "x", count: 50) + "y",
             probes: [(0, "\\u00e9"), (1, "\\t"), (52, "y")]),
    ]

    @Test(arguments: cases)
    func scalarOffsetsMapToSourceBytes(_ c: Case) throws {
        let source = "s = " + c.literal + "\n"
        let document = try TOMLDocument(parsing: source)
        let string = try #require(document["s"]?.tomlString)
        #expect(string.value == c.decoded)
        for (offset, expected) in c.probes {
            let byte = string.sourceOffset(forScalarOffset: offset)
            let rest = String(decoding: document.source[byte...], as: UTF8.self)
            #expect(rest.hasPrefix(expected), "scalar \(offset) -> byte \(byte): \(rest.debugDescription)")
        }
    }

    @Test func rangesCoverWholeEscapes() throws {
        let document = try TOMLDocument(parsing: #"s = "x\u00e9y""#)
        let string = try #require(document["s"]?.tomlString)
        let range = string.sourceRange(forScalarRange: 1..<2)
        #expect(String(decoding: document.source[range], as: UTF8.self) == #"\u00e9"#)
        let tail = string.sourceRange(forScalarRange: 1..<3)
        #expect(String(decoding: document.source[tail], as: UTF8.self) == #"\u00e9y"#)
        #expect(string.sourceRange(forScalarRange: 3..<3) == string.contentEnd..<string.contentEnd)
    }

    @Test func verbatimStringsHaveNoMap() throws {
        let document = try TOMLDocument(parsing: "a = \"plain é\"\nb = \"esc\\n\"")
        #expect(document["a"]?.tomlString?.isVerbatim == true)
        #expect(document["b"]?.tomlString?.isVerbatim == false)
    }
}
