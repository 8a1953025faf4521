import Foundation
import SystemIO
import Testing

/// `pepcheck lint --fix` end to end: the built binary on copies of the rule fixtures,
/// compared byte for byte with each folder's `fixed.toml`; a second run changes nothing;
/// exit codes as ruff's (what remains decides); special files are never replaced.
@Suite struct LintFixCommandTests {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-fix-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: directory) }

    static let fixtures = PepcheckProcess.packageRoot.appendingPathComponent("Tests/LintTests/Fixtures")

    struct Case: Sendable, CustomStringConvertible {
        var folder: String
        var fixed: String
        var description: String { folder }
    }

    static let cases: [Case] = [
        Case(folder: "PC203-legacy-marker-name", fixed: "Fixed 1 warning in 1 file.\n"),
        Case(folder: "PC205-redundant-python-marker", fixed: "Fixed 3 warnings in 1 file.\n"),
        Case(folder: "PC206-redundant-extra-marker", fixed: "Fixed 3 warnings in 1 file.\n"),
        Case(folder: "PC207-simplifiable-marker", fixed: "Fixed 4 warnings in 1 file.\n"),
    ]

    func run(_ arguments: [String], shell: String? = nil) throws -> (status: ChildProcess.Termination, stdout: String, stderr: String) {
        let binary = PepcheckProcess.binary.path
        let command = shell.map { ["/bin/sh", "-c", $0, binary] + arguments } ?? [binary] + arguments
        let output = try ChildProcess.run(command, timeoutMilliseconds: 60_000)
        return (output.termination, String(decoding: output.stdout, as: UTF8.self), String(decoding: output.stderr, as: UTF8.self))
    }

    func copy(_ folder: String, _ file: String = "fail.toml", to name: String = "pyproject.toml") throws -> String {
        let path = "\(directory)/\(name)"
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent(folder).appendingPathComponent(file).path, toPath: path)
        return path
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test(arguments: cases)
    func fixesTheFixtureAndThenNothing(_ c: Case) throws {
        defer { cleanUp() }
        let path = try copy(c.folder)
        let expected = try bytes(Self.fixtures.appendingPathComponent(c.folder).appendingPathComponent("fixed.toml").path)
        let first = try run(["lint", "--fix", "--format", "concise", path])
        #expect(first.status == .exited(0))
        #expect(first.stdout == "")
        #expect(first.stderr == c.fixed)
        #expect(try bytes(path) == expected)
        let second = try run(["lint", "--fix", "--format", "concise", path])
        #expect(second.status == .exited(0))
        #expect(second.stdout == "")
        #expect(second.stderr == "")
        #expect(try bytes(path) == expected)
    }

    @Test func humanOutputSaysWhatWasFixedAndWhatRemains() throws {
        defer { cleanUp() }
        let path = "\(directory)/pyproject.toml"
        try """
            [project]
            name = "demo"
            version = "1"
            requires-python = ">=3.9"
            dependencies = ["numpy>=2; python_version >= '3.8'", "numpy<1; sys_platform == 'win32' and python_version >= '3.8'"]

            """.write(toFile: path, atomically: true, encoding: .utf8)
        let output = try run(["lint", "--fix", "--color", "never", path])
        // The conflict is an error and remains: exit 1, as ruff exits when findings remain.
        #expect(output.status == .exited(1))
        #expect(output.stdout.hasPrefix("error[PC302]: expected a range overlapping `>=2` for `numpy`, found `<1`\n"))
        #expect(output.stdout.contains("= note: both apply where `sys_platform == \"win32\"`\n"))
        #expect(output.stdout.hasSuffix("\nFixed 2 warnings in 1 file.\nFound 1 error in 1 file.\n"))
        #expect(output.stderr == "")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains(
            "dependencies = [\"numpy>=2\", \"numpy<1; sys_platform == 'win32'\"]\n"))
    }

    func attributes(_ path: String) throws -> (inode: Int, mode: Int, modified: Date?) {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return ((attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1,
                (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1,
                attributes[.modificationDate] as? Date)
    }

    /// Without `--fix`, in every format, not a byte is written: the same file (inode, mode,
    /// time), even when it is read-only, and nothing else in its folder.
    @Test(arguments: ["human", "concise", "json", "sarif", "junit"])
    func withoutFixNothingIsWritten(_ format: String) throws {
        defer { cleanUp() }
        let path = try copy("PC207-simplifiable-marker")
        #expect(chmod(path, 0o444) == 0)
        let before = try bytes(path)
        let attributesBefore = try attributes(path)
        let output = try run(["lint", "--format", format, path])
        #expect(output.status == .exited(0))
        #expect(output.stdout.contains("PC207"))
        #expect(output.stderr == "")
        #expect(try bytes(path) == before)
        let attributesAfter = try attributes(path)
        #expect(attributesAfter.inode == attributesBefore.inode)
        #expect(attributesAfter.mode == 0o444)
        #expect(attributesAfter.modified == attributesBefore.modified)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["pyproject.toml"])
    }

    /// `--fix` writes a new file and renames it over the old one: another inode, the old
    /// mode, no temporary file left; the result has nothing for PC207 to say.
    @Test func aFixReplacesTheFileKeepingItsMode() throws {
        defer { cleanUp() }
        let path = try copy("PC207-simplifiable-marker")
        #expect(chmod(path, 0o640) == 0)
        let before = try attributes(path)
        let output = try run(["lint", "--fix", "--format", "concise", path])
        #expect(output.status == .exited(0))
        let after = try attributes(path)
        #expect(after.inode != before.inode)
        #expect(after.mode == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["pyproject.toml"])
        let check = try run(["lint", "--select", "PC207", "--format", "concise", path])
        #expect(check.status == .exited(0))
        #expect(check.stdout == "")
        #expect(check.stderr == "")
    }

    /// Only the rules that run fix: an ignored rule's findings are neither fixed nor
    /// reported, and a file with nothing left to fix is not written.
    @Test func anIgnoredRuleIsNotFixed() throws {
        defer { cleanUp() }
        let path = try copy("PC207-simplifiable-marker")
        let before = try bytes(path)
        let inode = try attributes(path).inode
        let output = try run(["lint", "--fix", "--ignore", "PC207", "--format", "concise", path])
        #expect(output.status == .exited(0))
        #expect(output.stdout == "")
        #expect(output.stderr == "")
        #expect(try bytes(path) == before)
        #expect(try attributes(path).inode == inode)
        // Selected alone, it is fixed.
        let selected = try run(["lint", "--fix", "--select", "PC207", "--format", "concise", path])
        #expect(selected.status == .exited(0))
        #expect(selected.stderr == "Fixed 4 warnings in 1 file.\n")
        #expect(try bytes(path) == bytes(Self.fixtures.appendingPathComponent("PC207-simplifiable-marker/fixed.toml").path))
    }

    @Test func aLinkStaysALinkAndItsTargetIsFixed() throws {
        defer { cleanUp() }
        let target = try copy("PC205-redundant-python-marker", to: "target.toml")
        #expect(symlink("target.toml", "\(directory)/pyproject.toml") == 0)
        let output = try run(["lint", "--fix", "--format", "concise", "\(directory)/pyproject.toml"])
        #expect(output.status == .exited(0))
        #expect(FileSystem.kind(of: "\(directory)/pyproject.toml", followLinks: false) == .symbolicLink)
        #expect(try bytes(target) == bytes(Self.fixtures.appendingPathComponent("PC205-redundant-python-marker/fixed.toml").path))
    }

    @Test func aFIFOIsReadButNeverReplaced() throws {
        defer { cleanUp() }
        let fifo = "\(directory)/pyproject.toml"
        #expect(mkfifo(fifo, 0o600) == 0)
        let source = Self.fixtures.appendingPathComponent("PC207-simplifiable-marker/fail.toml").path
        let output = try run(["lint", "--fix", "--format", "concise", fifo], shell: "cat \"\(source)\" > \"\(fifo)\" & exec \"$0\" \"$@\"")
        #expect(output.status == .exited(2))
        #expect(output.stderr == "error: cannot fix `\(fifo)`: it is not a regular file\n")
        // The findings of the file as it was are reported.
        #expect(output.stdout.split(separator: "\n").count == 4)
        #expect(FileSystem.kind(of: fifo, followLinks: false) == .fifo)
    }

    @Test func severalFilesAreFixedEachInPlace() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(atPath: "\(directory)/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: "\(directory)/b", withIntermediateDirectories: true)
        let a = try copy("PC206-redundant-extra-marker", to: "a/pyproject.toml")
        let b = try copy("PC207-simplifiable-marker", to: "b/pyproject.toml")
        let output = try run(["lint", "--fix", "--format", "json", directory])
        #expect(output.status == .exited(0))
        #expect(output.stdout == "[]\n")
        #expect(output.stderr == "Fixed 7 warnings in 2 files.\n")
        #expect(try bytes(a) == bytes(Self.fixtures.appendingPathComponent("PC206-redundant-extra-marker/fixed.toml").path))
        #expect(try bytes(b) == bytes(Self.fixtures.appendingPathComponent("PC207-simplifiable-marker/fixed.toml").path))
    }
}
