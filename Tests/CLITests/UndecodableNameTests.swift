import Foundation
import Testing

/// Names and arguments that are not UTF-8, and paths too long to name anything. Swift's
/// strings replace bytes that are not UTF-8, so a path built from one names nothing: a folder
/// so named was passed over in silence when a directory was walked, and an argument so
/// written was read with U+FFFD in it.
@Suite("pepcheck with names that are not UTF-8")
struct UndecodableNameTests {
    /// Creates `path` (bytes) as a folder, or as a file holding `text`.
    static func create(_ path: [UInt8], text: String? = nil) {
        (path + [0]).withUnsafeBufferPointer { buffer in
            let name = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let text else {
                mkdir(name, 0o755)
                return
            }
            let fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            _ = Array(text.utf8).withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
    }

    @Test func aFolderNamedInAnotherEncodingIsReportedNotPassedOver() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-undecodable-\(getpid())").path
        try FileManager.default.createDirectory(atPath: root + "/good", withIntermediateDirectories: true)
        defer { _ = try? Process.run(URL(fileURLWithPath: "/bin/rm"), arguments: ["-rf", root]).waitUntilExit() }
        let bad = "[project]\nname = \"bad\"\nversion = \"1\"\ndependencies = [\"bar >>= 1\"]\n"
        try bad.write(toFile: root + "/good/pyproject.toml", atomically: false, encoding: .utf8)
        let folder = Array((root + "/bad").utf8) + [0xFF] + Array("name".utf8)
        Self.create(folder)
        Self.create(folder + Array("/pyproject.toml".utf8), text: bad)
        let output = try PepcheckProcess.run(["lint", "--format", "concise", root])
        #expect(output.status == 2)
        #expect(output.stdout == """
            \(root)/bad\\xFFname: PC001 expected a folder name in UTF-8, found `bad\\xFFname`; the files below it are not checked
            \(root)/good/pyproject.toml:4:23: PC101 expected a version after `>`, found `>=`

            """)
    }

    /// Past the system's path length (4096 bytes on Linux) a path names nothing: a walk that
    /// went that deep passed over what was below, in silence, and exited 0.
    @Test func aTreeDeeperThanPathsCanNameIsReportedNotPassedOver() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-deep-\(getpid())").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { _ = try? Process.run(URL(fileURLWithPath: "/bin/rm"), arguments: ["-rf", root]).waitUntilExit() }
        // Built relative to each folder's descriptor: the full path is too long to create by name.
        var folder = open(root, O_RDONLY | O_DIRECTORY)
        for _ in 0..<600 {
            mkdirat(folder, "abcdefgh", 0o755)
            let next = openat(folder, "abcdefgh", O_RDONLY | O_DIRECTORY)
            close(folder)
            folder = next
        }
        let file = openat(folder, "pyproject.toml", O_WRONLY | O_CREAT, 0o644)
        _ = Array("[project]\nname = \"x\"\nversion = \"1\"\n".utf8).withUnsafeBufferPointer { write(file, $0.baseAddress, $0.count) }
        close(file)
        close(folder)
        let output = try PepcheckProcess.run(["lint", "--format", "concise", root])
        #expect(output.status == 2)
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains(": PC001 expected paths shorter than ") == true)
        #expect(lines.first?.hasSuffix("; the files they name are not checked") == true)
    }

    @Test func anArgumentInAnotherEncodingIsRefused() throws {
        // (Through the shell: a Swift string cannot hold the byte.)
        let output = try PepcheckProcess.run(["version", "normalize", "1.0"], redirections: #""$(printf 'bad\377name')""#)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == "error: expected arguments in UTF-8, found `bad\\xFFname` (argument 4)\n")
    }
}
