#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One of the two standard output streams.
public enum StandardStream: Sendable, Hashable {
    case output, error

    var descriptor: Int32 { self == .output ? 1 : 2 }

    /// "standard output" or "standard error", for messages.
    public var name: String { self == .output ? "standard output" : "standard error" }
}

/// Standard output or standard error, with every write error reported.
///
/// Standard output is buffered (64 KiB, or per line on a terminal) and written
/// out by ``flush()``, when the buffer fills, and before a ``ChildProcess`` starts;
/// standard error is written at once. A write is retried after `EINTR` and after a
/// partial write, and waits with `poll(2)` when the descriptor is non-blocking and
/// full (`EAGAIN`).
///
/// The first failure (`ENOSPC` on `/dev/full`, `EBADF` on a closed stream, `EIO`) is
/// thrown and kept: every later ``write(_:)`` and ``flush()`` throws it again, and
/// ``failure`` tells it, so that a caller can report it once on the other stream.
///
/// A closed pipe (`EPIPE`) is not an error to report: the process ends by `SIGPIPE`
/// as a C program's would, silently (`pepcheck rules | head -1`), even if the
/// signal was being ignored.
public struct TextOutput: Sendable {
    public static let standardOutput = TextOutput(.output)
    public static let standardError = TextOutput(.error)

    public let stream: StandardStream
    private let storage: StreamStorage

    private init(_ stream: StandardStream) {
        self.stream = stream
        let fd = stream.descriptor
        let policy: StreamStorage.Policy =
            stream == .error ? .unbuffered : (isatty(fd) == 1 ? .lineBuffered : .buffered)
        self.storage = StreamStorage(fd: fd, name: stream.name, policy: policy)
    }

    /// A stream over another descriptor, for tests.
    init(descriptor: Int32, name: String, buffered: Bool) {
        stream = .output
        storage = StreamStorage(fd: descriptor, name: name, policy: buffered ? .buffered : .unbuffered)
    }

    /// Writes `text` (buffered on standard output).
    public func write(_ text: String) throws(SystemError) {
        try storage.append(text)
    }

    /// Writes out whatever is buffered.
    public func flush() throws(SystemError) {
        try storage.flush()
    }

    /// The first write error of this stream, if there was one.
    public var failure: SystemError? { storage.failure }

    /// Flushes both streams, keeping any error for the next ``write(_:)`` or ``flush()``
    /// (called before a child process starts, so that output keeps its order).
    public static func flushAll() {
        try? standardOutput.flush()
        try? standardError.flush()
    }

    /// Puts `/dev/null`, opened for the wrong direction, on any of descriptors 0–2 that
    /// is closed (`pepcheck … >&-`). Call first thing in `main`: otherwise the next file
    /// opened takes descriptor 1 and "standard output" is written into it. Writes to
    /// such a stream still fail with `EBADF`, and are reported.
    public static func reserveStandardDescriptors() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) < 0 && SystemError.currentErrno == EBADF {
            let opened = open("/dev/null", (fd == 0 ? O_WRONLY : O_RDONLY) | O_CLOEXEC)
            if opened >= 0 && opened != fd { Posix.close(opened) }
        }
    }
}

/// The buffer and the sticky error of one stream, behind a lock.
private final class StreamStorage: @unchecked Sendable {
    enum Policy { case buffered, lineBuffered, unbuffered }

    let fd: Int32
    let name: String
    let policy: Policy
    private var buffer: [UInt8] = []
    private var error: SystemError?
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private static let capacity = 64 << 10

    init(fd: Int32, name: String, policy: Policy) {
        self.fd = fd
        self.name = name
        self.policy = policy
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_mutex_t())
        pthread_mutex_init(lock, nil)
    }

    var failure: SystemError? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return error
    }

    func append(_ text: String) throws(SystemError) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let error { throw error }
        buffer.append(contentsOf: text.utf8)
        let due: Bool
        switch policy {
        case .unbuffered: due = true
        case .lineBuffered: due = text.utf8.contains(0x0A) || buffer.count >= Self.capacity
        case .buffered: due = buffer.count >= Self.capacity
        }
        if due { try drain() }
    }

    func flush() throws(SystemError) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let error { throw error }
        try drain()
    }

    /// Writes the whole buffer; on failure keeps the error and drops the buffer.
    private func drain() throws(SystemError) {
        var offset = 0
        defer { buffer.removeAll(keepingCapacity: buffer.count <= Self.capacity) }
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Posix.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
                continue
            }
            let code = written < 0 ? SystemError.currentErrno : EAGAIN
            switch code {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                // A non-blocking descriptor (shared with a parent that set O_NONBLOCK):
                // wait until it can take more, as a blocking write would.
                var descriptor = [pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)]
                _ = Posix.poll(&descriptor, milliseconds: -1)
            case EPIPE:
                Self.endBySIGPIPE()
                fallthrough
            default:
                let failure = SystemError("write", path: nil, code: code, "cannot write to \(name)")
                error = failure
                throw failure
            }
        }
    }

    /// Ends the process as the default disposition of `SIGPIPE` would; returns only
    /// if the signal cannot be delivered.
    private static func endBySIGPIPE() {
        signal(SIGPIPE, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGPIPE)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(SIGPIPE)
    }
}
