import Foundation

/// Paths of the package and of `../shared`, from this file's location.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/pyprojects")
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus.path) }
    /// Set `PEPCHECK_UPDATE_SNAPSHOTS=1` to rewrite expected files instead of comparing.
    static var updating: Bool { ProcessInfo.processInfo.environment["PEPCHECK_UPDATE_SNAPSHOTS"] == "1" }

    static func fixtureNames() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []).filter { $0.hasPrefix("PC") }.sorted()
    }

    /// Compares `actual` with the file at `url`, or writes it when updating.
    static func snapshot(_ actual: String, _ url: URL) -> String? {
        if updating {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return actual
        }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
