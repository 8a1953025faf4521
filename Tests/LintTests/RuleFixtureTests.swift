import Diagnostics
import Foundation
import Testing
@testable import Lint

/// One folder per rule under Fixtures/<code>-<name>/: `fail.toml` must produce exactly
/// `expected.txt` (concise output, paths relative to the folder) and include the rule's
/// code; `pass.toml` must produce nothing. Where `fail.toml` has findings `--fix` can fix,
/// `fixed.toml` is the file after the fix.
@Suite struct RuleFixtureTests {
    private func source(_ folder: String, _ file: String) -> SourceFile {
        let url = TestPaths.fixtures.appendingPathComponent(folder).appendingPathComponent(file)
        let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
        return SourceFile(path: file, bytes: bytes)
    }

    private func lint(_ folder: String, _ file: String) -> String {
        let source = source(folder, file)
        return ConciseRenderer().render(Linter().lint(source), sources: [file: source])
    }

    @Test(arguments: TestPaths.fixtureNames())
    func failingFixture(folder: String) throws {
        let code = String(folder.prefix { $0 != "-" })
        let name = String(folder.dropFirst(code.count + 1))
        let info = try #require(RuleRegistry.info(code), "no rule \(code)")
        #expect(info.name == name)
        let actual = lint(folder, "fail.toml")
        #expect(actual.contains(": \(code) "), "fail.toml must trigger \(code)")
        let expected = TestPaths.snapshot(actual, TestPaths.fixtures.appendingPathComponent(folder).appendingPathComponent("expected.txt"))
        #expect(actual == expected)
    }

    @Test(arguments: TestPaths.fixtureNames())
    func passingFixture(folder: String) {
        #expect(lint(folder, "pass.toml") == "")
    }

    /// `--fix` turns `fail.toml` into `fixed.toml` byte for byte, leaves nothing it could
    /// fix (no PC207 above all), and changes nothing in `fixed.toml` or `pass.toml`; a folder
    /// whose `fail.toml` has fixes must have a `fixed.toml`.
    @Test(arguments: TestPaths.fixtureNames())
    func fixedFixture(folder: String) throws {
        let fixer = Fixer(linter: Linter())
        let outcome = fixer.fix(source(folder, "fail.toml"))
        let url = TestPaths.fixtures.appendingPathComponent(folder).appendingPathComponent("fixed.toml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            #expect(outcome.fixed.isEmpty, "fail.toml has fixes (\(outcome.fixed.map(\.code))): add fixed.toml")
            return
        }
        let fixed = source(folder, "fixed.toml")
        #expect(!outcome.fixed.isEmpty, "fixed.toml without a fix")
        #expect(outcome.bytes == fixed.bytes)
        let remaining = Linter().lint(fixed)
        #expect(remaining.allSatisfy { $0.fix == nil })
        #expect(!remaining.contains { $0.code == "PC207" })
        let again = fixer.fix(fixed)
        #expect(again.fixed.isEmpty)
        #expect(again.bytes == fixed.bytes)
        #expect(fixer.fix(source(folder, "pass.toml")).fixed.isEmpty)
    }

    @Test func everyRuleHasAFixture() {
        let covered = Set(TestPaths.fixtureNames().map { String($0.prefix { $0 != "-" }) })
        let rules = Set(RuleRegistry.all.map(\.code)).subtracting(InputProblem.allCases.map(\.rawValue))
        #expect(rules.subtracting(covered).sorted() == [])
    }
}
