import Diagnostics
import Foundation
import Testing
@testable import Lint

/// Files that cannot be linted give an input diagnostic (exit 2) and do not stop the
/// other files.
@Suite struct BadInputTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var code: String?
        var description: String { name }
    }

    static let valid = Array("[project]\nname = \"demo\"\nversion = \"1\"\n".utf8)

    static let cases: [Case] = [
        Case(name: "invalid UTF-8", bytes: Array("[project]\nname = \"caf".utf8) + [0xE9] + Array("\"\n".utf8), code: "PC002"),
        Case(name: "byte order mark", bytes: [0xEF, 0xBB, 0xBF] + valid, code: "PC005"),
        Case(name: "NUL bytes", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00], code: "PC003"),
        Case(name: "CRLF line endings are valid TOML", bytes: Array("[project]\r\nname = \"demo\"\r\nversion = \"1\"\r\n".utf8), code: nil),
    ]

    @Test(arguments: cases)
    func inMemory(_ input: Case) {
        let diagnostics = Linter().lint(SourceFile(path: "pyproject.toml", bytes: input.bytes))
        #expect(diagnostics.first?.code == input.code)
    }

    /// Found by profiling the `lint` fuzz target: the "did you mean" search computed the
    /// edit distance between an unknown DepURL and every registry id in full, so one long
    /// name held lint for minutes (a debug build: 20 KB, 40 s). Ids of a very different
    /// length are now skipped; this 100 KB name would take the old search over 3 minutes.
    @Test func aLongUnknownDepURLIsReportedWithoutASuggestion() {
        let name = String(repeating: "a", count: 100_000)
        let text = "[project]\nname = \"demo\"\nversion = \"1\"\n[external]\nbuild-requires = [\"dep:generic/\(name)\"]\n"
        let diagnostics = Linter().lint(SourceFile(path: "pyproject.toml", bytes: Array(text.utf8)))
        let unknown = diagnostics.filter { $0.code == "PC504" }
        #expect(unknown.count == 1)
        #expect(unknown.first?.help == [])
    }

    /// Found by the `lint` fuzz target's soak: PC302's candidate versions added one to each
    /// release number as an `Int`, which trapped at `Int.max` (`p<9223372036854775807`).
    /// PEP 440 release numbers have no bound; the candidates are computed on numbers of any size.
    @Test func releaseNumbersPastIntMaxAreCandidates() throws {
        let text = "[project]\ndependencies=[\"p<9223372036854775807\"]"
        // (It lacks `name` and `version`; one requirement conflicts with nothing.)
        #expect(!Linter().lint(SourceFile(path: "pyproject.toml", bytes: Array(text.utf8))).contains { $0.code == "PC302" })
        let conflict = "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"p<9223372036854775807\", \"p>=99999999999999999999.1\"]\n"
        let codes = Linter().lint(SourceFile(path: "pyproject.toml", bytes: Array(conflict.utf8))).map(\.code)
        #expect(codes.contains("PC302"))
        let candidates = Set(VersionCandidates.witnesses(for: ["9223372036854775807", "99999999999999999999.1"]).map(\.description))
        #expect(candidates.isSuperset(of: ["9223372036854775808", "9223372036854775806.999", "99999999999999999999.2", "100000000000000000000"]))
        // One more and one less at each prefix (of any size: VersionTests.successorAndPredecessorOfAnySize).
        let small = Set(VersionCandidates.witnesses(for: ["1000", "10.1"]).map(\.description))
        #expect(small.isSuperset(of: ["1001", "999.999", "11", "9.999", "10.2", "10.0.999"]))
    }

    @Test func crlfSpansPointAtTheRightLine() {
        let text = "[project]\r\nname = \"demo\"\r\nversion = \"1\"\r\ndependencies = [\"x>=\"]\r\n"
        let source = SourceFile(path: "p", bytes: Array(text.utf8))
        let concise = ConciseRenderer().render(Linter().lint(source), sources: ["p": source])
        #expect(concise.hasPrefix("p:4:"))
    }

    @Test func filesOnDiskKeepGoingAfterProblems() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-lint-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.toml")
        try Data(Self.valid).write(to: good)
        let large = directory.appendingPathComponent("large.toml")
        try Data(repeating: 0x20, count: Linter.maximumFileSize + 1).write(to: large)
        let locked = directory.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let before = try Data(contentsOf: good)
        let missing = directory.appendingPathComponent("missing.toml").path

        let result = Linter().lint(paths: [missing, large.path, locked.path, good.path])
        let codes = result.diagnostics.map(\.code)
        #expect(codes.first == "PC001")
        #expect(codes.contains("PC004"))
        // Root can read anything; the permission case only holds for other users.
        if getuid() != 0 { #expect(codes.filter { $0 == "PC001" }.count == 2) }
        #expect(result.checkedFiles.last == good.path)
        #expect(result.exitCode(strict: false) == 2)
        #expect(try Data(contentsOf: good) == before, "lint never writes")
    }

    @Test func directoriesSkipEnvironmentsAndHiddenFolders() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-walk-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        for folder in ["a", ".venv/lib", "node_modules/x", ".hidden", "b/c"] {
            let path = directory.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
            try Data(Self.valid).write(to: path.appendingPathComponent("pyproject.toml"))
        }
        let result = Linter().lint(paths: [directory.path])
        #expect(result.checkedFiles.map { String($0.dropFirst(directory.path.count)) } == ["/a/pyproject.toml", "/b/c/pyproject.toml"])
        #expect(result.exitCode(strict: false) == 0)
    }
}
