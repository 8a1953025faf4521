import Diagnostics
import Testing
@testable import Lint

/// Findings that come from one cause are reported once, and inputs of 20,000 repeated
/// requirements, includes or extras are linted in one pass. Each of these inputs took
/// minutes (or gigabytes of output) when a rule compared every pair or searched the
/// string once per extra; linear, they take a fraction of a second even in a debug
/// build. Nothing here is timed: a return to quadratic work shows as a test run that
/// does not finish, and the assertions pin the shape of the output. `Scripts/bench-lint-scale`
/// measures the release build.
@Suite struct ScaleTests {
    static let count = 20_000

    private func lint(_ text: String) -> (diagnostics: [Diagnostic], source: SourceFile) {
        let source = SourceFile(path: "pyproject.toml", text: text)
        return (Linter().lint(source), source)
    }

    private func project(_ dependencies: [String]) -> String {
        "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\n"
            + dependencies.map { "  \"\($0)\",\n" }.joined() + "]\n"
    }

    @Test func oneDuplicateFindingPerRepeatedRequirement() {
        let (diagnostics, _) = lint(project(Array(repeating: "pkg", count: Self.count)))
        #expect(diagnostics.map(\.code) == ["PC301"])
        #expect(diagnostics.first?.message == "expected one requirement on `pkg`, found \(Self.count)")
        #expect(diagnostics.first?.notes == [
            "first required as `pkg` on line 5",
            "required again on lines 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 and \(Self.count - 12) more",
        ])
    }

    @Test func oneConflictFindingPerProject() {
        let (diagnostics, _) = lint(project((1...Self.count).map { "pkg==\($0)" }))
        #expect(diagnostics.map(\.code) == ["PC301", "PC302"])
        let conflict = diagnostics[1]
        #expect(conflict.message == "expected a range overlapping `==1` for `pkg`, found `==2`")
        #expect(conflict.notes.first == "first required as `pkg==1` on line 5")
        #expect(conflict.notes.dropFirst().first?.hasPrefix("conflicting too: `==3` on line 7, `==4` on line 8, ") == true)
        // The budget of pairs runs out long before 20,000 × 20,000 / 2, and says so.
        #expect(conflict.notes.last == "only the first \(ConflictingRequirementsRule.pairBudget) pairs of the \(Self.count) requirements on `pkg` were compared")
    }

    @Test func aLongChainOfIncludesIsNoCycle() {
        let groups = (0..<Self.count).map { "g\($0) = [{include-group = \"g\($0 + 1)\"}]\n" }.joined()
        let (diagnostics, _) = lint("[dependency-groups]\n" + groups + "g\(Self.count) = [\"pkg\"]\n")
        #expect(diagnostics.isEmpty)
    }

    @Test func oneCycleFindingPerCycle() {
        let cycle = (0..<Self.count).map { "g\($0) = [{include-group = \"g\(($0 + 1) % Self.count)\"}]\n" }.joined()
        let pairs = (0..<100).map { "p\($0) = [{include-group = \"p\($0 ^ 1)\"}]\n" }.joined()
        let (diagnostics, _) = lint("[dependency-groups]\n" + cycle + pairs)
        #expect(diagnostics.count == 1 + 50)
        #expect(diagnostics.allSatisfy { $0.code == "PC401" })
        // The whole cycle, once: `g0 → g1 → … → g19999 → g0`.
        #expect(diagnostics[0].message.count { $0 == "→" } == Self.count)
        #expect(diagnostics[1].message == "expected an include outside a cycle, found `p0 → p1 → p0`")
    }

    @Test func manyExtrasInOneRequirement() {
        let extras = (0..<Self.count).map { "X_\($0)" }
        let (diagnostics, source) = lint(project(["pkg[" + extras.joined(separator: ",") + "]"]))
        #expect(diagnostics.count == Self.count)
        #expect(diagnostics.allSatisfy { $0.code == "PC111" })
        // Each finding points at its own extra.
        let last = diagnostics[Self.count - 1]
        #expect(String(decoding: source.bytes[last.span], as: UTF8.self) == "X_\(Self.count - 1)")
        #expect(last.message == "expected normalised extra `x-\(Self.count - 1)`, found `X_\(Self.count - 1)`")
    }

    @Test func manyFindingsOnOneLine() {
        let line = (0..<Self.count).map { "\"p\($0)>=\"" }.joined(separator: ", ")
        let (diagnostics, source) = lint("[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [" + line + "]\n")
        #expect(diagnostics.count == Self.count)
        let concise = ConciseRenderer().render(diagnostics, sources: ["pyproject.toml": source])
        let lines = concise.split(separator: "\n")
        #expect(lines.count == Self.count)
        // Columns still count every character before the finding on the long line.
        // (The last finding is at the closing quote of the last string, the line's last but one character.)
        let column = "dependencies = [".utf8.count + line.utf8.count
        #expect(lines.last?.hasPrefix("pyproject.toml:4:\(column): PC101 ") == true)
        // The human form shows a window of the line, not the whole of it each time.
        let human = HumanRenderer().render(Array(diagnostics.suffix(100)), sources: ["pyproject.toml": source])
        #expect(human.utf8.count < 100 * 1_000)
        #expect(human.contains("…"))
        #expect(human.contains("p19999>=\"]\n"))
    }
}
