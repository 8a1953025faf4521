import Testing
import TOML

/// Spans of keys, values and headers, and where tables were defined.
struct SpanTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let source: String
        let path: [String]
        /// The source text the value's span must cover.
        let valueText: String
        /// The source text the last key part's span must cover.
        let keyText: String
        var testDescription: String { path.joined(separator: ".") + " in " + source.debugDescription }
    }

    static let cases: [Case] = [
        Case(source: "a = 1\n", path: ["a"], valueText: "1", keyText: "a"),
        Case(source: "name = \"pepcheck\" # c\n", path: ["name"], valueText: "\"pepcheck\"", keyText: "name"),
        Case(source: "a . \"b c\" . d = 'x'\n", path: ["a", "b c", "d"], valueText: "'x'", keyText: "d"),
        Case(source: "a . \"b c\" . d = 'x'\n", path: ["a", "b c"], valueText: "\"b c\"", keyText: "\"b c\""),
        Case(source: "[project]\ndependencies = [\n  \"a\",\n  \"b>=1\",\n]\n", path: ["project", "dependencies"],
             valueText: "[\n  \"a\",\n  \"b>=1\",\n]", keyText: "dependencies"),
        Case(source: "[tool.x]\n[tool]\nk = 1\n", path: ["tool"], valueText: "[tool]", keyText: "tool"),
        Case(source: "t = { x = 1, y.z = 2 }\n", path: ["t"], valueText: "{ x = 1, y.z = 2 }", keyText: "t"),
        Case(source: "t = { x = 1, y.z = 2 }\n", path: ["t", "y", "z"], valueText: "2", keyText: "z"),
        Case(source: "d = 1979-05-27T07:32:00-08:00\n", path: ["d"], valueText: "1979-05-27T07:32:00-08:00", keyText: "d"),
        Case(source: "\u{FEFF}\"é\" = \"ü\"\n", path: ["é"], valueText: "\"ü\"", keyText: "\"é\""),
        Case(source: "s = '''\nraw'''\r\n", path: ["s"], valueText: "'''\nraw'''", keyText: "s"),
        Case(source: "f = -1_000.5e-3\n", path: ["f"], valueText: "-1_000.5e-3", keyText: "f"),
    ]

    static func text(_ document: TOMLDocument, _ span: Range<Int>) -> String {
        String(decoding: document.source[span], as: UTF8.self)
    }

    @Test(arguments: cases)
    func valueAndKeySpans(_ c: Case) throws {
        let document = try TOMLDocument(parsing: c.source)
        let value = try #require(document[path: c.path])
        #expect(Self.text(document, value.span) == c.valueText)
        var table = document.root
        for key in c.path.dropLast() { table = try #require(table[key]?.table) }
        let entry = try #require(table.entry(c.path.last!))
        #expect(Self.text(document, entry.key.span) == c.keyText)
    }

    @Test func headerSpansAndItemsInOrder() throws {
        let source = "top = 1\n[a.b]\nx = 2\n[[c]]\n[[c]]\ny = 3\n"
        let document = try TOMLDocument(parsing: source)
        let described = document.items.map { item -> String in
            switch item {
            case .header(let header): "H" + Self.text(document, header.span) + (header.isArrayOfTables ? "*" : "")
            case .keyValue(let keyValue): "K" + Self.text(document, keyValue.span)
            }
        }
        #expect(described == ["Ktop = 1", "H[a.b]", "Kx = 2", "H[[c]]*", "H[[c]]*", "Ky = 3"])
        guard case .header(let header) = document.items[1] else { Issue.record("not a header"); return }
        #expect(header.keys.map { Self.text(document, $0.span) } == ["a", "b"])
        #expect(document["c"]?.array?.count == 2)
        #expect(document["c"]?[1]?["y"]?.integer == 3)
    }

    @Test func tableDefinitions() throws {
        let source = "x.y = 1\n[a.b]\n[c]\nd = { e = 1 }\n[[f]]\n"
        let document = try TOMLDocument(parsing: source)
        #expect(document.definition(ofTable: []) == .root)
        #expect(document.definition(ofTable: ["x"]).map { Self.text(document, $0.span) } == "x")
        guard case .dottedKey = document.definition(ofTable: ["x"]) else { Issue.record("x"); return }
        guard case .implicit(let a) = document.definition(ofTable: ["a"]) else { Issue.record("a"); return }
        #expect(Self.text(document, a) == "a")
        guard case .header(let b) = document.definition(ofTable: ["a", "b"]) else { Issue.record("a.b"); return }
        #expect(Self.text(document, b) == "[a.b]")
        guard case .inlineTable(let d) = document.definition(ofTable: ["c", "d"]) else { Issue.record("d"); return }
        #expect(Self.text(document, d) == "{ e = 1 }")
        guard case .arrayHeader(let f) = document["f"]?[0]?.table?.definition else { Issue.record("f"); return }
        #expect(Self.text(document, f) == "[[f]]")
        #expect(document.definition(ofTable: ["c", "d", "e"]) == nil)
    }

    @Test func keysKeepDocumentOrderInLargeTables() throws {
        let names = (0..<40).map { "k\(39 - $0)" }
        let source = names.map { "\($0) = 0\n" }.joined()
        let document = try TOMLDocument(parsing: source)
        #expect(document.root.keys == names)
        #expect(document["k7"]?.integer == 0)
        #expect(document["k40"] == nil)
    }

    struct LocationCase: Sendable {
        let source: String
        let needle: String
        let line: Int
        let column: Int
    }

    static let locations: [LocationCase] = [
        LocationCase(source: "a = 1\nb = 2\n", needle: "2", line: 2, column: 5),
        LocationCase(source: "a = 1\r\nb = 'é' # x\r\n", needle: "#", line: 2, column: 9),
        LocationCase(source: "\u{FEFF}a = 1", needle: "a", line: 1, column: 1),
        LocationCase(source: "k = \"😀x\"", needle: "x", line: 1, column: 7),
    ]

    @Test(arguments: locations)
    func lineAndColumn(_ c: LocationCase) throws {
        let document = try TOMLDocument(parsing: c.source)
        let offset = try #require(Array(c.source.utf8).firstRange(of: Array(c.needle.utf8))?.lowerBound)
        #expect(document.location(ofByte: offset) == TOMLSourceLocation(line: c.line, column: c.column))
    }
}
