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

    /// `status` is `kind` with the system's reason when there is no answer.
    @Test func statusSaysWhyItHasNoAnswer() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.write("f", "")
        #expect(try FileSystem.status(of: file) == .regular)
        #expect(try FileSystem.status(of: directory.path) == .directory)
        #expect(symlink("missing", directory.file("dangling")) == 0)
        #expect(try FileSystem.status(of: directory.file("dangling"), followLinks: false) == .symbolicLink)
        #expect { _ = try FileSystem.status(of: directory.file("dangling")) } throws: { ($0 as? SystemError)?.code == ENOENT }
        let long = directory.path + "/" + String(repeating: "a/", count: 3000)
        #expect { _ = try FileSystem.status(of: long) } throws: { ($0 as? SystemError)?.code == ENAMETOOLONG }
    }

    /// Names that are not UTF-8 are listed apart, with their bytes and kind: a `String`
    /// path made from them would name nothing (`contents` leaves them out).
    @Test func namesThatAreNotUTF8AreListedApart() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        directory.write("a", "")
        let folder: [UInt8] = Array("bad".utf8) + [0xFF] + Array("name".utf8)
        let file: [UInt8] = [0xC3, 0x28]
        (Array(directory.path.utf8) + [UInt8(ascii: "/")] + folder + [0]).withUnsafeBufferPointer {
            _ = mkdir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o755)
        }
        (Array(directory.path.utf8) + [UInt8(ascii: "/")] + file + [0]).withUnsafeBufferPointer {
            close(open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644))
        }
        let listing = try FileSystem.listing(ofDirectory: directory.path)
        #expect(listing.names == ["a"])
        #expect(listing.undecodable == [UndecodableName(bytes: folder, kind: .directory), UndecodableName(bytes: file, kind: .regular)])
        #expect(listing.undecodable.map(\.shown) == ["bad\\xFFname", "\\xC3("])
        #expect(try FileSystem.contents(ofDirectory: directory.path) == ["a"])
    }

    struct ShownCase: CustomTestStringConvertible, Sendable {
        var bytes: [UInt8]
        var shown: String
        var testDescription: String { shown }
    }

    @Test(arguments: [
        ShownCase(bytes: Array("plain é €  𝄞".utf8), shown: "plain é €  𝄞"),
        ShownCase(bytes: [0x61, 0xFF, 0x62], shown: #"a\xFFb"#),
        ShownCase(bytes: [0xC3], shown: #"\xC3"#),  // a sequence cut short
        ShownCase(bytes: [0xC0, 0x80], shown: #"\xC0\x80"#),  // an overlong NUL
        ShownCase(bytes: [0xED, 0xA0, 0x80], shown: #"\xED\xA0\x80"#),  // a surrogate
        ShownCase(bytes: [0xF4, 0x90, 0x80, 0x80], shown: #"\xF4\x90\x80\x80"#),  // past U+10FFFF
        ShownCase(bytes: [0x80, 0x41, 0x0A], shown: "\\x80A\n"),
        // A backslash is doubled: `\xFF` then always means a byte.
        ShownCase(bytes: Array(#"a\xFFb"#.utf8) + [0xFF], shown: #"a\\xFFb\xFF"#),
    ])
    func undecodableBytesAreShownInHex(_ c: ShownCase) {
        #expect(UndecodableName.shown(c.bytes) == c.shown)
    }

    @Test func environment() {
        #expect(Environment.value("PATH") != nil)
        #expect(Environment.all["PATH"] == Environment.value("PATH"))
        #expect(Environment.value("PEPCHECK_SURELY_UNSET_VARIABLE") == nil)
    }
}
