#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import SystemIO
import Testing

@Suite struct FileSystemTests {
    @Test func kinds() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.write("file", "x")
        #expect(mkfifo(directory.file("fifo"), 0o600) == 0)
        #expect(symlink(file, directory.file("link")) == 0)
        #expect(symlink("nowhere", directory.file("dangling")) == 0)
        let cases: [(String, Bool, FileKind?)] = [
            (file, true, .regular),
            (directory.path, true, .directory),
            (directory.file("fifo"), true, .fifo),
            (directory.file("link"), true, .regular),
            (directory.file("link"), false, .symbolicLink),
            (directory.file("dangling"), true, nil),
            (directory.file("dangling"), false, .symbolicLink),
            ("/dev/null", true, .characterDevice),
            (directory.file("missing"), true, nil),
        ]
        for (path, follow, kind) in cases {
            #expect(FileSystem.kind(of: path, followLinks: follow) == kind, "\(path) followLinks: \(follow)")
        }
        #expect(FileKind.fifo.isSpecial && FileKind.characterDevice.isSpecial && !FileKind.regular.isSpecial)
    }

    struct ReadCase: CustomTestStringConvertible, Sendable {
        var size: Int
        var limit: Int
        var fails: Bool
        var testDescription: String { "\(size) bytes, limit \(limit)" }
    }

    @Test(arguments: [
        ReadCase(size: 0, limit: 10, fails: false),
        ReadCase(size: 10, limit: 10, fails: false),
        ReadCase(size: 11, limit: 10, fails: true),
        ReadCase(size: 200_000, limit: 200_000, fails: false),
        ReadCase(size: 200_001, limit: 200_000, fails: true),
    ])
    func readFileHonoursTheLimit(_ c: ReadCase) throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.write("data", String(repeating: "a", count: c.size))
        if c.fails {
            #expect {
                _ = try FileSystem.readFile(path, limit: c.limit)
            } throws: { error in
                (error as? SystemError)?.message == "cannot read `\(path)`: larger than the limit of \(c.limit) bytes"
            }
        } else {
            #expect(try FileSystem.readFile(path, limit: c.limit).count == c.size)
        }
    }

    @Test func endlessDeviceStopsAtTheLimit() throws {
        #expect(throws: SystemError.self) { _ = try FileSystem.readFile("/dev/zero", limit: 100_000) }
        #expect(try FileSystem.readFile("/dev/null") == [])
    }

    @Test func readErrors() {
        #expect {
            _ = try FileSystem.readFile("/nonexistent-pepcheck/x")
        } throws: { error in
            let error = error as? SystemError
            return error?.code == ENOENT && error?.message == "cannot open `/nonexistent-pepcheck/x`: No such file or directory"
        }
        #expect {
            _ = try FileSystem.readFile("/tmp")
        } throws: { error in
            (error as? SystemError)?.code == EISDIR
        }
    }

    @Test func readsAFIFOAsCatDoes() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let fifo = directory.file("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        // A writer in the background, detached from our pipes: it blocks until we open the FIFO.
        let writer = try ChildProcess.run(["/bin/sh", "-c", "(printf 'from a fifo' > \"$0\") </dev/null >/dev/null 2>&1 &", fifo])
        #expect(writer.termination == .exited(0))
        #expect(try FileSystem.readFile(fifo) == Array("from a fifo".utf8))
    }

    /// `readRegularFile` refuses what is not a regular file without reading it: a FIFO
    /// with no writer (which `readFile` would wait on forever), a device, a directory.
    @Test func readRegularFileRefusesSpecialFilesWithoutBlocking() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let fifo = directory.file("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let file = directory.write("file", "text")
        #expect(symlink(file, directory.file("link")) == 0)
        #expect(try FileSystem.readRegularFile(file) == Array("text".utf8))
        #expect(try FileSystem.readRegularFile(directory.file("link")) == Array("text".utf8))
        for path in [fifo, "/dev/zero", directory.path] {
            #expect {
                _ = try FileSystem.readRegularFile(path)
            } throws: { error in
                (error as? SystemError)?.message == "cannot read `\(path)`: not a regular file"
            }
        }
        #expect {
            _ = try FileSystem.readRegularFile(file, limit: 3)
        } throws: { error in
            (error as? SystemError)?.message == "cannot read `\(file)`: larger than the limit of 3 bytes"
        }
        #expect(throws: SystemError.self) { _ = try FileSystem.readRegularFile(directory.file("missing")) }
    }

    @Test func directoryContentsAreSortedBytewise() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        for name in ["b", "a", "B", "é", ".hidden"] { directory.write(name, "") }
        #expect(try FileSystem.contents(ofDirectory: directory.path) == [".hidden", "B", "a", "b", "é"])
        #expect(throws: SystemError.self) { _ = try FileSystem.contents(ofDirectory: directory.file("a")) }
        #expect(throws: SystemError.self) { _ = try FileSystem.contents(ofDirectory: directory.file("missing")) }
    }

    @Test func environment() {
        #expect(Environment.value("PATH") != nil)
        #expect(Environment.all["PATH"] == Environment.value("PATH"))
        #expect(Environment.value("PEPCHECK_SURELY_UNSET_VARIABLE") == nil)
    }
}
