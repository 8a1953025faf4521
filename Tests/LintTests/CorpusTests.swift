import Diagnostics
import Foundation
import Testing
@testable import Lint

/// Lints every file of ../shared/corpus/pyprojects and compares the findings, as
/// `file code line` lines, with corpus-expectations.txt (lines starting with `#`
/// explain the codes). Any change in findings fails until the file is updated
/// (`PEPCHECK_UPDATE_SNAPSHOTS=1` rewrites the findings, keeping the comments).
@Suite struct CorpusTests {
    @Test(.enabled(if: TestPaths.hasCorpus, "../shared/corpus/pyprojects is absent"))
    func corpusFindingsMatchExpectations() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestPaths.corpus.path).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(names.count > 100)
        var lines: [String] = []
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: TestPaths.corpus.appendingPathComponent(name)))
            let source = SourceFile(path: name, bytes: bytes)
            for diagnostic in Linter().lint(source) {
                lines.append("\(name) \(diagnostic.code) \(source.location(of: diagnostic.span.lowerBound).line)")
            }
        }
        let url = TestPaths.fixtures.deletingLastPathComponent().appendingPathComponent("corpus-expectations.txt")
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let comments = existing.split(separator: "\n").filter { $0.hasPrefix("#") }.map(String.init)
        if TestPaths.updating {
            try (comments + lines).joined(separator: "\n").appending("\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let expected = existing.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
        #expect(lines == expected)
        let explained = Set(comments.compactMap { $0.split(separator: " ").dropFirst().first.map(String.init) })
        let used = Set(lines.map { String($0.split(separator: " ")[1]) })
        #expect(used.subtracting(explained).sorted() == [], "every code needs a `# CODE explanation` line")
    }
}
