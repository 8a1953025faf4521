import Diagnostics
import Testing
import JSON

@Suite struct RendererTests {
    @Test func humanSnapshot() {
        let expected = """
            error[PC101]: expected version after `>=`, found `;`
             --> pyproject.toml:4:13
              |
            4 |     "requests>=;python_version<'3'",
              |                ^
              |
              = help: write a version after `>=`, for example `>=2.31`

            warning[PC201]: name `café` is not a valid "distribution" name
             --> pyproject.toml:2:9
              |
            2 | name = "café"
              |         ^^^^
              |
              = note: names are ASCII    letters

            info[PC301]: file not read
             --> setup.cfg

            """
        #expect(HumanRenderer().render(Fixtures.all, sources: Fixtures.sources) == expected)
    }

    @Test func conciseSnapshot() {
        let expected = """
            pyproject.toml:4:13: PC101 expected version after `>=`, found `;`
            pyproject.toml:2:9: PC201 name `café` is not a valid "distribution" name
            setup.cfg: PC301 file not read

            """
        #expect(ConciseRenderer().render(Fixtures.all, sources: Fixtures.sources) == expected)
    }

    @Test func conciseKeepsOneLinePerDiagnostic() {
        var d = Fixtures.missingVersion
        d.message = "two\nlines \u{1B}[2J"
        #expect(ConciseRenderer().render(d, source: Fixtures.pyproject) == "pyproject.toml:4:13: PC101 two lines ␛[2J\n")
    }

    @Test func jsonSnapshot() {
        let expected = #"""
            [
              {
                "code": "PC101",
                "severity": "error",
                "message": "expected version after `>=`, found `;`",
                "file": "pyproject.toml",
                "start": {
                  "line": 4,
                  "column": 13,
                  "offset": 54
                },
                "end": {
                  "line": 4,
                  "column": 14,
                  "offset": 55
                },
                "help": [
                  "write a version after `>=`, for example `>=2.31`"
                ],
                "notes": [],
                "fix": null
              },
              {
                "code": "PC201",
                "severity": "warning",
                "message": "name `café` is not a valid \"distribution\" name",
                "file": "pyproject.toml",
                "start": {
                  "line": 2,
                  "column": 9,
                  "offset": 18
                },
                "end": {
                  "line": 2,
                  "column": 13,
                  "offset": 23
                },
                "help": [],
                "notes": [
                  "names are ASCII\tletters"
                ],
                "fix": "cafe"
              },
              {
                "code": "PC301",
                "severity": "info",
                "message": "file not read",
                "file": "setup.cfg",
                "start": {
                  "offset": 0
                },
                "end": {
                  "offset": 0
                },
                "help": [],
                "notes": [],
                "fix": null
              }
            ]

            """#
        #expect(JSONRenderer().render(Fixtures.all, sources: Fixtures.sources) == expected)
    }

    @Test func emptyJSONArray() {
        #expect(JSONRenderer().render([], sources: [:]) == "[]\n")
    }

    struct EscapeCase: Sendable, CustomStringConvertible {
        var input: String
        var expected: String
        var description: String { expected }
    }

    static let escapes: [EscapeCase] = [
        EscapeCase(input: "plain", expected: #""plain""#),
        EscapeCase(input: "q\"b\\s/", expected: #""q\"b\\s/""#),
        EscapeCase(input: "\n\r\t\u{08}\u{0C}", expected: #""\n\r\t\b\f""#),
        EscapeCase(input: "\u{0}\u{1F}\u{7F}", expected: #""\u0000\u001f\u007f""#),
        EscapeCase(input: "é😀\u{2028}", expected: #""é😀\u2028""#),
    ]

    @Test(arguments: escapes)
    func jsonEscaping(_ c: EscapeCase) {
        #expect(JSONValue.string(c.input).prettyPrinted == c.expected)
    }

    @Test func compactJSON() {
        let value = JSONValue.object([("b", JSONValue(-1)), ("a", .array([.bool(true), .null, .object([])]))])
        #expect(value.serialized == #"{"b":-1,"a":[true,null,{}]}"#)
    }
}
