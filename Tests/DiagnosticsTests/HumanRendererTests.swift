import Diagnostics
import Testing

struct HumanCase: CustomStringConvertible, Sendable {
    var name: String
    var source: String
    var diagnostic: Diagnostic
    var contextLines = 0
    var expected: String
    var description: String { name }
}

private func diag(
    _ span: Range<Int>, _ severity: Severity = .error, help: [String] = [], notes: [String] = [],
    message: String = "expected version after operator, found `;`"
) -> Diagnostic {
    Diagnostic(code: "PC101", severity: severity, message: message, file: "pyproject.toml", span: span,
               help: help, notes: notes)
}

@Suite struct HumanRendererTests {
    static let pyproject = String(repeating: "#\n", count: 11) + "    \"requests>=;python_version<'3'\",\n"

    static let cases: [HumanCase] = [
        HumanCase(
            name: "two-digit gutter, help",
            source: pyproject, diagnostic: diag(22 + 15..<22 + 16, help: ["write a version, for example `>=2.31`"]),
            expected: """
            error[PC101]: expected version after operator, found `;`
              --> pyproject.toml:12:16
               |
            12 |     "requests>=;python_version<'3'",
               |                ^
               |
               = help: write a version, for example `>=2.31`

            """),
        HumanCase(
            name: "one-digit gutter, no footer",
            source: "name = \"x\"\n", diagnostic: diag(7..<10, .warning),
            expected: """
            warning[PC101]: expected version after operator, found `;`
             --> pyproject.toml:1:8
              |
            1 | name = "x"
              |        ^^^

            """),
        HumanCase(
            name: "empty span gets one caret",
            source: "abc", diagnostic: diag(3..<3, .info),
            expected: """
            info[PC101]: expected version after operator, found `;`
             --> pyproject.toml:1:4
              |
            1 | abc
              |    ^

            """),
        HumanCase(
            name: "non-ASCII: one caret per scalar",
            source: "x = \"café ☕\" # ok", diagnostic: diag(5..<14),
            expected: """
            error[PC101]: expected version after operator, found `;`
             --> pyproject.toml:1:6
              |
            1 | x = "café ☕" # ok
              |      ^^^^^^

            """),
        HumanCase(
            name: "tabs are four spaces on both lines",
            source: "\tdeps = [\t\"a\"]", diagnostic: diag(9..<13),
            expected: """
            error[PC101]: expected version after operator, found `;`
             --> pyproject.toml:1:10
              |
            1 |     deps = [    "a"]
              |             ^^^^^^^

            """),
        HumanCase(
            name: "multi-line span underlines the first line to its end",
            source: "a = [\n  1,\n]\n", diagnostic: diag(4..<12),
            expected: """
            error[PC101]: expected version after operator, found `;`
             --> pyproject.toml:1:5
              |
            1 | a = [
              |     ^

            """),
        HumanCase(
            name: "span starting on the line break",
            source: "ab\r\ncd", diagnostic: diag(2..<4),
            expected: """
            error[PC101]: expected version after operator, found `;`
             --> pyproject.toml:1:3
              |
            1 | ab
              |   ^

            """),
        HumanCase(
            name: "notes then help, multi-line help indented",
            source: "k = 1", diagnostic: diag(0..<1, help: ["first\nsecond"], notes: ["defined here"]),
            expected: """
            error[PC101]: expected version after operator, found `;`
             --> pyproject.toml:1:1
              |
            1 | k = 1
              | ^
              |
              = note: defined here
              = help: first
                      second

            """),
        HumanCase(
            name: "context lines widen the gutter to the largest shown",
            source: String(repeating: "x\n", count: 9) + "y\n" + "z\n", diagnostic: diag(16..<17),
            contextLines: 2,
            expected: """
            error[PC101]: expected version after operator, found `;`
              --> pyproject.toml:9:1
               |
             7 | x
             8 | x
             9 | x
               | ^
            10 | y
            11 | z

            """),
        HumanCase(
            name: "control characters and invalid UTF-8 are displayed safely",
            source: "a\u{1B}[31mb", diagnostic: diag(6..<7, message: "found `\u{1B}`"),
            expected: """
            error[PC101]: found `␛`
             --> pyproject.toml:1:7
              |
            1 | a␛[31mb
              |       ^

            """),
        HumanCase(
            name: "a long line is shown as a window around the span",
            source: String(repeating: "a", count: 500) + "BAD" + String(repeating: "é", count: 300) + "\n",
            diagnostic: diag(500..<503),
            expected: """
            error[PC101]: expected version after operator, found `;`
             --> pyproject.toml:1:501
              |
            1 | …\(String(repeating: "a", count: 80))BAD\(String(repeating: "é", count: 40))…
              |  \(String(repeating: " ", count: 80))^^^

            """),
        HumanCase(
            name: "a long line's window ends at its end",
            source: String(repeating: "a", count: 500) + "BAD\n",
            diagnostic: diag(500..<600),
            expected: """
            error[PC101]: expected version after operator, found `;`
             --> pyproject.toml:1:501
              |
            1 | …\(String(repeating: "a", count: 80))BAD
              |  \(String(repeating: " ", count: 80))^^^

            """),
    ]

    @Test(arguments: cases)
    func render(_ c: HumanCase) {
        let file = SourceFile(path: "pyproject.toml", text: c.source)
        let rendered = HumanRenderer(contextLines: c.contextLines).render(c.diagnostic, source: file)
        #expect(rendered == c.expected)
    }

    @Test func invalidUTF8() {
        let file = SourceFile(path: "pyproject.toml", bytes: [0x61, 0xFF, 0x62, 0x63])
        let rendered = HumanRenderer().render(diag(2..<3), source: file)
        #expect(rendered.contains("1 | a\u{FFFD}bc\n  |   ^\n"))
        #expect(rendered.contains("pyproject.toml:1:3"))
    }

    @Test func missingSource() {
        let rendered = HumanRenderer().render(diag(0..<1, help: ["h"]), source: nil)
        #expect(rendered == """
            error[PC101]: expected version after operator, found `;`
             --> pyproject.toml
              |
              = help: h

            """)
    }

    @Test func colour() {
        let file = SourceFile(path: "pyproject.toml", text: "abc")
        let rendered = HumanRenderer(colour: true).render(diag(1..<2), source: file)
        let esc = "\u{1B}"
        #expect(rendered == """
            \(esc)[1;31merror[PC101]\(esc)[0m\(esc)[1m: expected version after operator, found `;`\(esc)[0m
             \(esc)[1;34m-->\(esc)[0m pyproject.toml:1:2
              \(esc)[1;34m|\(esc)[0m
            \(esc)[1;34m1 |\(esc)[0m abc
              \(esc)[1;34m|\(esc)[0m  \(esc)[1;31m^\(esc)[0m

            """)
    }

    @Test func severalDiagnosticsAreSeparatedByBlankLines() {
        let file = SourceFile(path: "pyproject.toml", text: "abc")
        let rendered = HumanRenderer().render([diag(0..<1), diag(1..<2, .warning)], sources: ["pyproject.toml": file])
        #expect(rendered.hasPrefix("error[PC101]"))
        #expect(rendered.contains("  | ^\n\nwarning[PC101]"))
    }
}
