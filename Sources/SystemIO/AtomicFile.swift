#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old contents or the new, never a
/// half-written file, and never replaces what is not a regular file.
///
/// What happens depends on what `path` names:
///
/// - a regular file, or nothing: the bytes go to a temporary file in the same
///   directory, are flushed to disk, and the temporary file is renamed over `path`.
///   An existing file keeps its permission bits; a new one gets `0644`.
/// - a symbolic link (or a chain of them): the same for the file it points to; the
///   link stays a link. A dangling link's target is created.
/// - a FIFO or a character device (`/dev/null`, `/dev/stdout`, a terminal): written
///   directly, as a shell's `>` would. Atomicity means nothing there, and replacing
///   the node would break whoever reads it.
/// - a directory, a block device or a socket: refused with an error; a report
///   written over a disk is never what was meant, and a socket cannot be opened.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(SystemError) {
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw SystemError(operation: "open", path: path, code: EISDIR, message: "expected a file path, found `\(path)`")
        }
        switch FileSystem.kind(of: path) {
        case nil, .regular?:
            try replace(resolvingLinks(path), with: bytes)
        case .fifo?, .characterDevice?:
            try writeDirectly(bytes, to: path)
        case .directory?:
            throw SystemError("open", path: path, code: EISDIR, "cannot write `\(path)`")
        case let kind?:
            throw SystemError(operation: "open", path: path, code: 0,
                              message: "cannot write `\(path)`: it is a \(describe(kind)), not a regular file")
        }
    }

    public static func write(_ text: String, to path: String) throws(SystemError) {
        try write(Array(text.utf8), to: path)
    }

    private static func describe(_ kind: FileKind) -> String {
        switch kind {
        case .blockDevice: return "block device"
        case .socket: return "socket"
        case .symbolicLink: return "symbolic link"
        case .regular: return "regular file"
        case .directory: return "directory"
        case .fifo: return "FIFO"
        case .characterDevice: return "character device"
        case .unknown: return "file of unknown type"
        }
    }

    /// The path at the end of a chain of symbolic links: the file to replace.
    private static func resolvingLinks(_ path: String) throws(SystemError) -> String {
        var current = path
        for _ in 0..<40 {
            guard FileSystem.kind(of: current, followLinks: false) == .symbolicLink else { return current }
            var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &target, target.count - 1)
            guard count >= 0 else { throw SystemError.errno("readlink", path: current, "cannot read the link `\(current)`") }
            let link = String(decoding: target[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : directory(of: current) + "/" + link
        }
        throw SystemError("readlink", path: path, code: ELOOP, "cannot follow `\(path)`")
    }

    private static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func writeDirectly(_ bytes: [UInt8], to path: String) throws(SystemError) {
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw SystemError.errno("open", path: path, "cannot open `\(path)`") }
        do throws(SystemError) {
            try writeAll(bytes, to: fd, path: path)
        } catch {
            Posix.close(fd)
            throw error
        }
        guard Posix.close(fd) == 0 else { throw SystemError.errno("close", path: path, "cannot write `\(path)`") }
    }

    private static func replace(_ path: String, with bytes: [UInt8]) throws(SystemError) {
        let directory = directory(of: path)
        let base = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory == "/" ? "" : directory)/.\(base).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw SystemError.errno("open", path: path, "cannot create a temporary file in `\(directory)`")
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var info = stat()
        let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        do throws(SystemError) {
            try writeAll(bytes, to: fd, path: temporary)
            guard fchmod(fd, mode) == 0 else { throw SystemError.errno("chmod", path: temporary, "cannot set the mode of `\(temporary)`") }
            guard fsync(fd) == 0 else { throw SystemError.errno("fsync", path: temporary, "cannot flush `\(temporary)`") }
            guard Posix.close(fd) == 0 else { throw SystemError.errno("close", path: temporary, "cannot close `\(temporary)`") }
        } catch {
            Posix.close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = SystemError.errno("rename", path: path, "cannot rename `\(temporary)` to `\(path)`")
            unlink(temporary)
            throw error
        }
        // Make the rename itself durable; failing here loses nothing already visible.
        let directoryFD = open(directory, O_RDONLY | O_CLOEXEC)
        if directoryFD >= 0 {
            _ = fsync(directoryFD)
            Posix.close(directoryFD)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(SystemError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Posix.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if SystemError.currentErrno == EINTR { continue }
                throw SystemError.errno("write", path: path, "cannot write `\(path)`")
            }
            offset += written
        }
    }
}
