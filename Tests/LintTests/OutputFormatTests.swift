import Diagnostics
import Foundation
import Testing
@testable import Lint

/// Each renderer on the diagnostics of one fixture, against Snapshots/<format>.txt.
@Suite struct OutputFormatTests {
    struct Case: Sendable, CustomStringConvertible {
        var format: String
        var render: @Sendable ([Diagnostic], [String: SourceFile]) -> String
        var description: String { format }
    }

    static let cases: [Case] = [
        Case(format: "human") { HumanRenderer().render($0, sources: $1) },
        Case(format: "concise") { ConciseRenderer().render($0, sources: $1) },
        Case(format: "json") { JSONRenderer().render($0, sources: $1) },
        Case(format: "sarif") {
            SARIFRenderer(toolVersion: "0.0.0", rules: RuleRegistry.all.map(\.diagnosticRule)).render($0, sources: $1)
        },
    ]

    @Test(arguments: cases)
    func snapshot(_ format: Case) throws {
        let url = TestPaths.fixtures.appendingPathComponent("PC202-misbehaving-marker-comparison/fail.toml")
        let source = SourceFile(path: "pyproject.toml", bytes: [UInt8](try Data(contentsOf: url)))
        let diagnostics = Linter().lint(source)
        #expect(diagnostics.count == 5)
        let actual = format.render(diagnostics, ["pyproject.toml": source])
        let snapshot = TestPaths.fixtures.deletingLastPathComponent().appendingPathComponent("Snapshots/\(format.format).txt")
        #expect(actual == TestPaths.snapshot(actual, snapshot))
    }
}
