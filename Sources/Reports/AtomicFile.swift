#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old contents or the new, never a
/// half-written file: the bytes go to a temporary file in the same directory, are
/// flushed to disk, and the temporary file is renamed over the target.
///
/// An existing file keeps its permission bits; a new one gets `0644`. A symbolic
/// link at `path` is replaced by a regular file.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(ReportError) {
        guard !path.isEmpty, !path.hasSuffix("/") else {
            throw ReportError(kind: .io, message: "expected a file path, found `\(path)`")
        }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory == "/" ? "" : directory)/.\(base).tmp-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw failure("cannot create a temporary file in `\(directory)`") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var info = stat()
        let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        do throws(ReportError) {
            // withUnsafeBytes rethrows untyped errors, so the loop reports success instead.
            let complete = bytes.withUnsafeBytes { raw in
                var written = 0
                while written < raw.count {
                    let n = systemWrite(fd, raw.baseAddress! + written, raw.count - written)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    written += n
                }
                return true
            }
            guard complete else { throw failure("cannot write `\(temporary)`") }
            guard fchmod(fd, mode) == 0 else { throw failure("cannot set the mode of `\(temporary)`") }
            guard fsync(fd) == 0 else { throw failure("cannot flush `\(temporary)`") }
            guard close(fd) == 0 else { throw failure("cannot close `\(temporary)`") }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot rename `\(temporary)` to `\(path)`")
            unlink(temporary)
            throw error
        }
        // Make the rename itself durable; failing here loses nothing already visible.
        let directoryFD = open(directory, O_RDONLY)
        if directoryFD >= 0 {
            _ = fsync(directoryFD)
            close(directoryFD)
        }
    }

    public static func write(_ text: String, to path: String) throws(ReportError) {
        try write(Array(text.utf8), to: path)
    }

    private static func failure(_ message: String) -> ReportError {
        ReportError(kind: .io, message: message + ": " + String(cString: strerror(errno)))
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #elseif canImport(Musl)
        Musl.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }
}
