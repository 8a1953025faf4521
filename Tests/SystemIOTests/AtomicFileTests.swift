#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import SystemIO
import Testing

@Suite struct AtomicFileTests {
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    private func text(_ path: String) throws -> String {
        String(decoding: try FileSystem.readFile(path), as: UTF8.self)
    }

    @Test func writesAndReplaces() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("report.xml")
        try AtomicFile.write(Array("first".utf8), to: path)
        #expect(try text(path) == "first")
        chmod(path, 0o600)
        try AtomicFile.write("second, longer ☕", to: path)
        #expect(try text(path) == "second, longer ☕")
        #expect(mode(path) == 0o600)
        // No temporary files are left behind.
        #expect(try FileSystem.contents(ofDirectory: directory.path) == ["report.xml"])
    }

    @Test func newFileIsWorldReadable() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        try AtomicFile.write([], to: directory.file("empty"))
        #expect(mode(directory.file("empty")) == 0o644)
        #expect(try FileSystem.readFile(directory.file("empty")) == [])
    }

    @Test func symbolicLinkIsKeptAndItsTargetReplaced() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let target = directory.write("target.xml", "old")
        #expect(symlink("target.xml", directory.file("link.xml")) == 0)
        #expect(symlink("link.xml", directory.file("link2.xml")) == 0)
        try AtomicFile.write("new", to: directory.file("link2.xml"))
        #expect(FileSystem.kind(of: directory.file("link2.xml"), followLinks: false) == .symbolicLink)
        #expect(FileSystem.kind(of: directory.file("link.xml"), followLinks: false) == .symbolicLink)
        #expect(try text(target) == "new")
        // A dangling link's target is created, the link kept.
        #expect(symlink("created.xml", directory.file("dangling.xml")) == 0)
        try AtomicFile.write("made", to: directory.file("dangling.xml"))
        #expect(FileSystem.kind(of: directory.file("dangling.xml"), followLinks: false) == .symbolicLink)
        #expect(try text(directory.file("created.xml")) == "made")
    }

    @Test func characterDevicesAreWrittenNotReplaced() throws {
        try AtomicFile.write("discarded", to: "/dev/null")
        #expect(FileSystem.kind(of: "/dev/null", followLinks: false) == .characterDevice)
        #expect {
            try AtomicFile.write("x", to: "/dev/full")
        } throws: { error in
            (error as? SystemError)?.code == ENOSPC
        }
        #expect(FileSystem.kind(of: "/dev/full", followLinks: false) == .characterDevice)
    }

    @Test func fifoIsWrittenNotReplaced() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let fifo = directory.file("fifo")
        let copy = directory.file("copy")
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader in the background, detached from our pipes.
        let reader = try ChildProcess.run(["/bin/sh", "-c", "(cat \"$0\" > \"$1.part\" && mv \"$1.part\" \"$1\") </dev/null >/dev/null 2>&1 &", fifo, copy])
        #expect(reader.termination == .exited(0))
        try AtomicFile.write("through the fifo", to: fifo)
        #expect(FileSystem.kind(of: fifo, followLinks: false) == .fifo)
        let end = milliseconds() + 3_000
        while FileSystem.kind(of: copy) == nil && milliseconds() < end { usleep(5_000) }
        #expect(try text(copy) == "through the fifo")
    }

    struct Refusal: CustomTestStringConvertible, Sendable {
        var path: String
        var message: String
        var testDescription: String { path }
    }

    @Test(arguments: [
        Refusal(path: "/nonexistent-pepcheck-dir/x/report.xml",
                message: "cannot create a temporary file in `/nonexistent-pepcheck-dir/x`: No such file or directory"),
        Refusal(path: "some/dir/", message: "expected a file path, found `some/dir/`"),
        Refusal(path: "", message: "expected a file path, found ``"),
        Refusal(path: "/tmp", message: "cannot write `/tmp`: Is a directory"),
    ])
    func refused(_ c: Refusal) {
        #expect {
            try AtomicFile.write([1], to: c.path)
        } throws: { error in
            (error as? SystemError)?.message == c.message
        }
    }

    @Test func blockDeviceAndSocketAreRefused() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        // A socket: bind a Unix socket in the directory.
        let socketPath = directory.file("sock")
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in socketPath.utf8.enumerated() where i < raw.count - 1 { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        #expect {
            try AtomicFile.write([1], to: socketPath)
        } throws: { error in
            (error as? SystemError)?.message == "cannot write `\(socketPath)`: it is a socket, not a regular file"
        }
        #expect(FileSystem.kind(of: socketPath) == .socket)
    }
}
