import Diagnostics
import Foundation
import Testing
@testable import Lint

/// One folder per rule under Fixtures/<code>-<name>/: `fail.toml` must produce exactly
/// `expected.txt` (concise output, paths relative to the folder) and include the rule's
/// code; `pass.toml` must produce nothing.
@Suite struct RuleFixtureTests {
    private func lint(_ folder: String, _ file: String) -> String {
        let url = TestPaths.fixtures.appendingPathComponent(folder).appendingPathComponent(file)
        let bytes = (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? []
        let source = SourceFile(path: file, bytes: bytes)
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

    @Test func everyRuleHasAFixture() {
        let covered = Set(TestPaths.fixtureNames().map { String($0.prefix { $0 != "-" }) })
        let rules = Set(RuleRegistry.all.map(\.code)).subtracting(InputProblem.allCases.map(\.rawValue))
        #expect(rules.subtracting(covered).sorted() == [])
    }
}
