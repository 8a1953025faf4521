#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library calls whose names the types of this module shadow (`read`, `write`,
/// `close`), and the small pieces every file needs. Internal: clients see only the
/// module's own types.
enum Posix {
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #elseif canImport(Musl)
        Musl.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #elseif canImport(Musl)
        Musl.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }

    @discardableResult
    static func close(_ fd: Int32) -> Int32 {
        #if canImport(Glibc)
        Glibc.close(fd)
        #elseif canImport(Musl)
        Musl.close(fd)
        #else
        Darwin.close(fd)
        #endif
    }

    /// The `environ` array of `NAME=value` strings.
    static var environment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        #if canImport(Darwin)
        _NSGetEnviron().pointee!
        #else
        environ
        #endif
    }

    /// The current thread's errno as a message ("No such file or directory").
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Milliseconds on a clock that does not jump with the wall clock.
    static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int(now.tv_sec) * 1_000 + Int(now.tv_nsec) / 1_000_000
    }

    /// Waits up to `milliseconds` for any of `descriptors`; EINTR counts as "nothing yet".
    static func poll(_ descriptors: inout [pollfd], milliseconds: Int) -> Int32 {
        let timeout = Int32(clamping: max(-1, milliseconds))
        let result = descriptors.withUnsafeMutableBufferPointer {
            #if canImport(Glibc)
            Glibc.poll($0.baseAddress, nfds_t($0.count), timeout)
            #elseif canImport(Musl)
            Musl.poll($0.baseAddress, nfds_t($0.count), timeout)
            #else
            Darwin.poll($0.baseAddress, nfds_t($0.count), timeout)
            #endif
        }
        return result < 0 && errno == EINTR ? 0 : result
    }

    /// Sets or clears `O_NONBLOCK`.
    static func setNonBlocking(_ fd: Int32, _ on: Bool = true) {
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0 else { return }
        _ = fcntl(fd, F_SETFL, on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK)
    }

    /// A pipe whose two ends are close-on-exec and numbered 3 or above, so that
    /// neither can be mistaken for a standard stream of ours (closed by the caller)
    /// or be clobbered by another `dup2` onto 0–2 in a child.
    static func pipe() -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [-1, -1]
        // pipe2(O_CLOEXEC) is not visible to Swift through Glibc; the window between
        // pipe and fcntl only matters to a program that spawns from several threads.
        #if canImport(Glibc)
        guard Glibc.pipe(&fds) == 0 else { return nil }
        #elseif canImport(Musl)
        guard Musl.pipe(&fds) == 0 else { return nil }
        #else
        guard Darwin.pipe(&fds) == 0 else { return nil }
        #endif
        for i in 0..<2 {
            if fds[i] < 3 {
                let moved = fcntl(fds[i], F_DUPFD_CLOEXEC, 3)
                Posix.close(fds[i])
                if moved < 0 {
                    Posix.close(fds[1 - i])
                    return nil
                }
                fds[i] = moved
            } else {
                _ = fcntl(fds[i], F_SETFD, FD_CLOEXEC)
            }
        }
        return (fds[0], fds[1])
    }
}
