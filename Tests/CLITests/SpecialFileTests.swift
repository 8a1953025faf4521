import Foundation
import SystemIO
import Testing

/// FIFOs, devices and symbolic links where files are expected (#12 items 6 and 7).
/// Each run has a time limit: without the fixes, some of these block forever.
@Suite("pepcheck and special files")
struct SpecialFileTests {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-special-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: directory) }

    /// pepcheck (or a shell around it, `$0` being pepcheck) under a 60-second limit.
    func run(_ arguments: [String], shell: String? = nil) throws -> (termination: ChildProcess.Termination, stdout: String, stderr: String) {
        let binary = PepcheckProcess.binary.path
        let command = shell.map { ["/bin/sh", "-c", $0, binary] + arguments } ?? [binary] + arguments
        let output = try ChildProcess.run(command, timeoutMilliseconds: 60_000)
        return (output.termination, String(decoding: output.stdout, as: UTF8.self), String(decoding: output.stderr, as: UTF8.self))
    }

    static let duplicated = "[project]\nname = \"x\"\nversion = \"1\"\ndependencies = [\"pkg>=1\", \"pkg>=1\"]\n"

    @Test func aWalkReadsOnlyRegularFilesAndLinksToThem() throws {
        defer { cleanUp() }
        let fm = FileManager.default
        for folder in ["sub", "link", "twin", "fifolink", "other"] {
            try fm.createDirectory(atPath: "\(directory)/\(folder)", withIntermediateDirectories: true)
        }
        #expect(mkfifo("\(directory)/pyproject.toml", 0o600) == 0)
        try Self.duplicated.write(toFile: "\(directory)/sub/pyproject.toml", atomically: true, encoding: .utf8)
        try Self.duplicated.write(toFile: "\(directory)/other/real.toml", atomically: true, encoding: .utf8)
        #expect(symlink("../other/real.toml", "\(directory)/link/pyproject.toml") == 0)
        // A link to a file the walk reads anyway: one file, checked once (under `sub`,
        // which comes first).
        #expect(symlink("../sub/pyproject.toml", "\(directory)/twin/pyproject.toml") == 0)
        #expect(symlink("../pyproject.toml", "\(directory)/fifolink/pyproject.toml") == 0)
        let output = try run(["lint", "--format", "concise", directory])
        #expect(output.termination == .exited(0))
        #expect(output.stdout == """
            \(directory)/link/pyproject.toml:4:27: PC301 expected one requirement on `pkg`, found a second one
            \(directory)/sub/pyproject.toml:4:27: PC301 expected one requirement on `pkg`, found a second one

            """)
        #expect(output.stderr == "")
    }

    @Test func aFIFOGivenExplicitlyIsReadAsCatWould() throws {
        defer { cleanUp() }
        let fifo = "\(directory)/pyproject.toml"
        #expect(mkfifo(fifo, 0o600) == 0)
        try Self.duplicated.write(toFile: "\(directory)/source.toml", atomically: true, encoding: .utf8)
        let output = try run(["lint", "--format", "concise", fifo],
                             shell: "cat \"\(directory)/source.toml\" > \"\(fifo)\" & exec \"$0\" \"$@\"")
        #expect(output.termination == .exited(0))
        #expect(output.stdout == "\(fifo):4:27: PC301 expected one requirement on `pkg`, found a second one\n")
    }

    @Test func aDeviceGivenExplicitlyIsRead() throws {
        defer { cleanUp() }
        let output = try run(["lint", "/dev/null"])
        #expect(output.termination == .exited(0))
        #expect(output.stdout == "No problems found.\n")
    }

    struct OutputCase: CustomTestStringConvertible, Sendable {
        var name: String
        var path: String
        var status: Int32
        var stderr: String
        var testDescription: String { name }
    }

    static let report = ["conformance", "run", "--select", "marker-parse", "--format", "json", "--output"]

    @Test(arguments: [
        OutputCase(name: "/dev/null is written, not replaced", path: "/dev/null", status: 0, stderr: ""),
        OutputCase(name: "/dev/full is an error", path: "/dev/full", status: 2,
                   stderr: "error: cannot write `/dev/full`: No space left on device\n"),
        OutputCase(name: "a directory is refused", path: "/tmp", status: 2, stderr: "error: cannot write `/tmp`: Is a directory\n"),
    ])
    func conformanceOutputToADevice(_ c: OutputCase) throws {
        defer { cleanUp() }
        let output = try run(Self.report + [c.path])
        #expect(output.termination == .exited(c.status))
        #expect(output.stdout == "")
        #expect(output.stderr == c.stderr)
        #expect(FileSystem.kind(of: c.path, followLinks: false) == (c.path == "/tmp" ? .directory : .characterDevice))
    }

    @Test func conformanceOutputThroughASymbolicLinkKeepsTheLink() throws {
        defer { cleanUp() }
        let link = "\(directory)/report.json"
        #expect(symlink("target.json", link) == 0)
        let output = try run(Self.report + [link])
        #expect(output.termination == .exited(0))
        #expect(FileSystem.kind(of: link, followLinks: false) == .symbolicLink)
        let text = String(decoding: try FileSystem.readFile("\(directory)/target.json"), as: UTF8.self)
        #expect(text.contains(#""implementation": "pepcheck""#))
    }

    @Test func conformanceOutputToAFIFOIsWrittenNotReplaced() throws {
        defer { cleanUp() }
        let fifo = "\(directory)/report.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let output = try run(Self.report + [fifo], shell: "cat \"\(fifo)\" > \"\(directory)/copy\" & \"$0\" \"$@\"; status=$?; wait; exit $status")
        #expect(output.termination == .exited(0))
        #expect(FileSystem.kind(of: fifo, followLinks: false) == .fifo)
        let text = String(decoding: try FileSystem.readFile("\(directory)/copy"), as: UTF8.self)
        #expect(text.contains(#""implementation": "pepcheck""#))
    }
}
