import Diagnostics
import Foundation
import PEP440
import PEP508
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

    /// Fixed files checked without the algebra, which both proposed and checked the fixes:
    /// every requirement before and after evaluates the same (PEP 508 evaluation) in every
    /// environment of a grid where it is installed: Pythons that `requires-python` allows,
    /// the extra of its list, and for each other variable it names, the values it compares
    /// with and one more.
    @Test(arguments: cases.map { (Self.header + $0.before, Self.header + $0.after) } + TestPaths.fixtureNames().compactMap { folder in
        let url = TestPaths.fixtures.appendingPathComponent(folder)
        guard let before = try? String(contentsOf: url.appendingPathComponent("fail.toml"), encoding: .utf8),
              let after = try? String(contentsOf: url.appendingPathComponent("fixed.toml"), encoding: .utf8) else { return nil }
        return (before, after)
    })
    func fixesKeepWhatMarkersEvaluateTo(_ before: String, _ after: String) throws {
        let old = PyProject(source: SourceFile(path: "pyproject.toml", text: before))
        let new = PyProject(source: SourceFile(path: "pyproject.toml", text: after))
        let pairs = zip(old.allRequirements, new.allRequirements)
        #expect(old.allRequirements.count == new.allRequirements.count)
        let range = old.project?.requiresPython.flatMap { try? SpecifierSet(parsing: $0.string) }
        let pythons = ["2.7.18", "3.6.0", "3.7.1", "3.8.0", "3.8.10", "3.9.0rc1", "3.9.0", "3.9.1", "3.10.0", "3.10.14", "3.11.0",
                       "3.11.4", "3.12.0", "3.13.1", "3.14.0", "4.0.0"]
            .filter { version in range.map { $0.contains(Version(version)!, prereleases: true) } ?? true }
        var compared = 0
        for (a, b) in pairs where a.requirement?.marker != nil {
            #expect(a.scope == b.scope)
            let marker = try #require(a.requirement?.marker)
            let fixed = b.requirement?.marker
            var values: [String: Set<String>] = [:]
            for comparison in marker.tree.comparisons {
                guard let (variable, literal, _) = comparison.variableAndLiteral else { continue }
                let name = variable.name
                if ["python_version", "python_full_version", "implementation_version", "extra"].contains(name) { continue }
                values[name, default: ["other"]].insert(literal)
            }
            var grid: [[String: String]] = pythons.map { ["python_full_version": $0] }
            for (name, options) in values.sorted(by: { $0.key < $1.key }) {
                grid = grid.flatMap { env in options.sorted().map { env.merging([name: $0]) { $1 } } }
            }
            let extra = a.scope.hasPrefix("optional-dependencies.") ? String(a.scope.dropFirst("optional-dependencies.".count)) : ""
            for values in grid.prefix(20_000) {
                let full = values["python_full_version"]!
                var environment = MarkerEnvironment([
                    "python_version": .string(full.split(separator: ".").prefix(2).joined(separator: ".")),
                    "implementation_version": .string(full), "implementation_name": "cpython",
                    "platform_python_implementation": "CPython", "os_name": "posix", "sys_platform": "linux",
                    "platform_machine": "x86_64", "platform_system": "Linux", "platform_release": "6.1.0",
                    "platform_version": "#1 SMP", "extra": .string(extra),
                ])
                for (name, value) in values { environment[name] = .string(value) }
                let was = Result { () throws(ParseError) in try marker.evaluate(in: environment) }
                let now = fixed.map { f in Result { () throws(ParseError) in try f.evaluate(in: environment) } } ?? .success(true)
                #expect(String(describing: was) == String(describing: now), "`\(marker)` became `\(fixed?.description ?? "")` in \(values)")
                compared += 1
            }
        }
        #expect(compared > 0)
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

    /// A file that is not valid TOML is never fixed, whatever it holds.
    @Test(arguments: ["broken = \n", "[project]\n", "x = \"\\q\"\n"])
    func aFileWithATOMLErrorIsNotFixed(_ error: String) {
        let text = Self.header + "dependencies = [\"a; python_version >= '3.8'\"]\n" + error
        let outcome = Fixer(linter: Linter()).fix(SourceFile(path: "pyproject.toml", text: text))
        #expect(outcome.fixed.isEmpty)
        #expect(String(decoding: outcome.bytes, as: UTF8.self) == text)
        #expect(outcome.remaining.map(\.code) == ["PC100"])
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
