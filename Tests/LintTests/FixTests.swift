import Diagnostics
import Testing
@testable import Lint

/// `--fix` in the library (``Fixer``): only the fixed string's bytes change, in its own
/// quoting; fixes of one string by several rules meet over rounds; a second run changes
/// nothing; and a fix that would change what a requirement means is never applied.
@Suite struct FixTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var before: String
        var after: String
        var description: String { name }
    }

    static let header = "[project]\nname = \"demo\"\nversion = \"1\"\nrequires-python = \">=3.9\"\n"

    static let cases: [Case] = [
        Case(name: "basic string, single quotes inside",
             before: "dependencies = [\"a; python_version < '3.11' and python_version < '3.12'\"]  # keep\n",
             after: "dependencies = [\"a; python_version < '3.11'\"]  # keep\n"),
        Case(name: "basic string, escaped double quotes",
             before: "dependencies = [\"a; python_version < \\\"3.11\\\" and python_version < \\\"3.12\\\"\"]\n",
             after: "dependencies = [\"a; python_version < \\\"3.11\\\"\"]\n"),
        Case(name: "literal string",
             before: "dependencies = ['a; python_version < \"3.11\" and python_version < \"3.12\"']\n",
             after: "dependencies = ['a; python_version < \"3.11\"']\n"),
        Case(name: "multi-line strings",
             before: "dependencies = [\"\"\"a; os_name == 'nt' or os_name == 'nt'\"\"\", '''b; python_version >= \"3.8\"''']\n",
             after: "dependencies = [\"\"\"a; os_name == 'nt'\"\"\", '''b''']\n"),
        Case(name: "a unicode escape in the marker",
             before: "dependencies = [\"a; python_version < \\u00273.11\\u0027 and python_version < '3.12'\"]\n",
             after: "dependencies = [\"a; python_version < '3.11'\"]\n"),
        Case(name: "a literal with a backslash in a literal string",
             before: "dependencies = ['a; platform_machine == \"x\\y\" or platform_machine == \"x\\y\"']\n",
             after: "dependencies = ['a; platform_machine == \"x\\y\"']\n"),
        Case(name: "a legacy name and a shorter form in one marker",
             before: "dependencies = [\"a; os.name == 'nt' and os_name == 'nt'\"]\n",
             after: "dependencies = [\"a; os_name == 'nt'\"]\n"),
        Case(name: "two redundant terms and a legacy name",
             before: "dependencies = [\"a; python_version >= '3.8' and os.name == 'nt' and python_full_version >= '3.9'\"]\n",
             after: "dependencies = [\"a; os_name == 'nt'\"]\n"),
        Case(name: "an extra's own extra, and PC207 after PC206",
             before: "[project.optional-dependencies]\ntest = [\"a; extra == 'test' and (os_name == 'nt' or os_name == 'nt')\"]\n",
             after: "[project.optional-dependencies]\ntest = [\"a; os_name == 'nt'\"]\n"),
        Case(name: "a URL requirement keeps its URL",
             before: "dependencies = [\"a @ https://example.com/a.whl#sha256=00 ; python_version >= '3.8'\"]\n",
             after: "dependencies = [\"a @ https://example.com/a.whl#sha256=00\"]\n"),
        Case(name: "CRLF line endings and comments stay",
             before: "dependencies = [\r\n  # one\r\n  \"a; python_version >= '3.8'\",  # two\r\n]\r\n",
             after: "dependencies = [\r\n  # one\r\n  \"a\",  # two\r\n]\r\n"),
        Case(name: "nothing to fix",
             before: "dependencies = [\"a; python_version < '3.11'\"]\n",
             after: "dependencies = [\"a; python_version < '3.11'\"]\n"),
    ]

    @Test(arguments: cases)
    func fixes(_ c: Case) {
        let source = SourceFile(path: "pyproject.toml", text: Self.header + c.before)
        let outcome = Fixer(linter: Linter()).fix(source)
        #expect(String(decoding: outcome.bytes, as: UTF8.self) == Self.header + c.after)
        #expect(outcome.remaining.allSatisfy { $0.fix == nil })
        // A second run finds nothing to fix.
        let again = Fixer(linter: Linter()).fix(SourceFile(path: "pyproject.toml", bytes: outcome.bytes))
        #expect(again.fixed.isEmpty)
        #expect(again.bytes == outcome.bytes)
    }

    /// Fixes that change a requirement are refused, whichever rule offered them.
    @Test(arguments: [
        ("a; os_name == 'nt'", "os_name == 'nt'", "os_name == 'posix'"),   // another meaning
        ("a; os_name == 'nt'", "os_name == 'nt'", "os_name == 'nt\""),     // breaks the TOML string
        ("a; os_name == 'nt'", "a", "b"),                                   // another project
        ("a; os_name == 'nt'", "; os_name == 'nt'", ""),                     // drops a marker that matters
    ])
    func aFixThatChangesMeaningIsRefused(_ requirement: String, _ part: String, _ replacement: String) throws {
        let text = Self.header + "dependencies = [\"\(requirement)\"]\n"
        let source = SourceFile(path: "pyproject.toml", text: text)
        let start = try #require(text.utf8.firstRange(of: ("\"" + requirement).utf8)).lowerBound
        let offset = text.utf8.distance(from: text.utf8.startIndex, to: start) + 1 + requirement.utf8.distance(
            from: requirement.utf8.startIndex, to: try #require(requirement.utf8.firstRange(of: part.utf8)).lowerBound)
        let forged = Diagnostic(code: "PC207", severity: .warning, message: "", file: "pyproject.toml",
                                span: offset..<offset + part.utf8.count, fix: replacement)
        let (bytes, applied) = try #require(Fixer(linter: Linter()).apply([forged], to: source))
        #expect(applied.isEmpty)
        #expect(bytes == source.bytes)
    }

    /// A fix whose span is not inside a requirement string is never applied.
    @Test func aFixOutsideARequirementStringIsIgnored() throws {
        let text = Self.header + "dependencies = [\"a\"]\n"
        let source = SourceFile(path: "pyproject.toml", text: text)
        let forged = Diagnostic(code: "PC207", severity: .warning, message: "", file: "pyproject.toml", span: 0..<9, fix: "[tool.x]")
        let (bytes, applied) = try #require(Fixer(linter: Linter()).apply([forged], to: source))
        #expect(applied.isEmpty)
        #expect(bytes == source.bytes)
    }

    /// Fixes of 20,000 requirements in one file: one pass of rounds, linear.
    @Test func manyFixesInOneFile() {
        let count = 20_000
        let lines = (0..<count).map { "  \"p\($0); python_version >= '3.8' and os_name == 'nt'\",\n" }.joined()
        let source = SourceFile(path: "pyproject.toml", text: Self.header + "dependencies = [\n" + lines + "]\n")
        let outcome = Fixer(linter: Linter()).fix(source)
        #expect(outcome.fixed.count == count)
        #expect(outcome.remaining.isEmpty)
        let expected = (0..<count).map { "  \"p\($0); os_name == 'nt'\",\n" }.joined()
        #expect(String(decoding: outcome.bytes, as: UTF8.self) == Self.header + "dependencies = [\n" + expected + "]\n")
    }
}
