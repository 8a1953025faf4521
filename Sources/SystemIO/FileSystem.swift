#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Files and directories, read without Foundation.
public enum FileSystem {
    /// What `path` names, or nil when nothing is there (or it cannot be examined).
    /// With `followLinks`, a symbolic link is the kind of what it points to
    /// (`stat(2)`); without, it is ``FileKind/symbolicLink`` (`lstat(2)`).
    public static func kind(of path: String, followLinks: Bool = true) -> FileKind? {
        var info = stat()
        let status = followLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return nil }
        return FileKind(mode: UInt32(info.st_mode))
    }

    /// What `path` names (as ``kind(of:followLinks:)``), or why it cannot be examined: the
    /// system's error, `ENOENT` when nothing is there, `ENAMETOOLONG` for a path past the
    /// system's limit.
    public static func status(of path: String, followLinks: Bool = true) throws(SystemError) -> FileKind {
        var info = stat()
        guard (followLinks ? stat(path, &info) : lstat(path, &info)) == 0 else {
            throw SystemError.errno("stat", path: path, "cannot examine `\(path)`")
        }
        return FileKind(mode: UInt32(info.st_mode))
    }

    /// The whole contents of `path`, read as `cat` would: regular files, FIFOs and
    /// devices alike (a FIFO blocks until a writer closes it).
    ///
    /// Fails past `limit` bytes, with a message that says so, without reading more
    /// than `limit + 1` bytes: `/dev/zero` costs `limit` bytes of memory, not all of it.
    public static func readFile(_ path: String, limit: Int = 256 << 20) throws(SystemError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError.errno("open", path: path, "cannot open `\(path)`") }
        defer { Posix.close(fd) }
        var info = stat()
        var bytes: [UInt8] = []
        if fstat(fd, &info) == 0, FileKind(mode: UInt32(info.st_mode)) == .regular {
            bytes.reserveCapacity(min(Int(info.st_size), limit) + 1)
        }
        try read(fd, path, limit, into: &bytes)
        return bytes
    }

    /// The whole contents of the regular file `path` (or of the regular file a symbolic
    /// link there names). A FIFO, a device, a directory or a socket is an error, without a
    /// read: what the opened descriptor is decides, so a file swapped for a FIFO after the
    /// caller looked at it cannot make the read block (the error's operation is "open" and
    /// its code 0). Fails past `limit` bytes as ``readFile(_:limit:)`` does.
    public static func readRegularFile(_ path: String, limit: Int = 256 << 20) throws(SystemError) -> [UInt8] {
        // Opening a device can itself act (a tape rewinds): look before opening, then check
        // the descriptor for what may have changed in between. O_NONBLOCK keeps a FIFO's
        // open from waiting for a writer.
        if let kind = kind(of: path), kind != .regular { throw notRegular(path) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw SystemError.errno("open", path: path, "cannot open `\(path)`") }
        defer { Posix.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SystemError.errno("open", path: path, "cannot examine `\(path)`") }
        guard FileKind(mode: UInt32(info.st_mode)) == .regular else { throw notRegular(path) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(info.st_size), limit) + 1)
        try read(fd, path, limit, into: &bytes)
        return bytes
    }

    /// The error of ``readRegularFile(_:limit:)`` for what is not a regular file.
    private static func notRegular(_ path: String) -> SystemError {
        SystemError(operation: "open", path: path, code: 0, message: "cannot read `\(path)`: not a regular file")
    }

    /// Reads `fd` to its end into `bytes`, failing past `limit` bytes in all.
    private static func read(_ fd: Int32, _ path: String, _ limit: Int, into bytes: inout [UInt8]) throws(SystemError) {
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            // One byte past the limit tells "exactly at the limit" from "over it".
            let room = limit - bytes.count
            let wanted = room >= chunk.count ? chunk.count : room + 1
            let count = chunk.withUnsafeMutableBytes { Posix.read(fd, $0.baseAddress, wanted) }
            if count < 0 {
                if SystemError.currentErrno == EINTR { continue }
                throw SystemError.errno("read", path: path, "cannot read `\(path)`")
            }
            if count == 0 { return }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit {
                throw SystemError(operation: "read", path: path, code: 0,
                                  message: "cannot read `\(path)`: larger than the limit of \(limit) bytes")
            }
        }
    }

    /// The names in directory `path`, without `.` and `..`, sorted by their UTF-8 bytes;
    /// names that are not UTF-8 are left out (``listing(ofDirectory:)`` lists them).
    public static func contents(ofDirectory path: String) throws(SystemError) -> [String] {
        try listing(ofDirectory: path).names
    }

    /// The names in directory `path` (without `.` and `..`, sorted by their UTF-8 bytes),
    /// and apart from them those that are not UTF-8, with what each is: a `String` path
    /// cannot name those, and a lossy copy would name nothing (or something else).
    public static func listing(ofDirectory path: String) throws(SystemError) -> (names: [String], undecodable: [UndecodableName]) {
        guard let directory = opendir(path) else {
            throw SystemError.errno("open", path: path, "cannot open the directory `\(path)`")
        }
        defer { closedir(directory) }
        var names: [String] = []
        var undecodable: [UndecodableName] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                let code = SystemError.currentErrno
                if code != 0 { throw SystemError("read", path: path, code: code, "cannot read the directory `\(path)`") }
                break
            }
            let decoded: String? = withUnsafePointer(to: &entry.pointee.d_name) {
                let raw = UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)
                if let name = String(validatingCString: raw) { return name }
                var info = stat()
                let found = fstatat(dirfd(directory), raw, &info, AT_SYMLINK_NOFOLLOW) == 0
                let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(raw).assumingMemoryBound(to: UInt8.self), count: strlen(raw))
                undecodable.append(UndecodableName(bytes: Array(bytes), kind: found ? FileKind(mode: UInt32(info.st_mode)) : nil))
                return nil
            }
            if let name = decoded, name != "." && name != ".." { names.append(name) }
        }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        undecodable.sort { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        return (names, undecodable)
    }
}
