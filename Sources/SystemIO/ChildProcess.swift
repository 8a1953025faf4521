#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One child process run to completion under a time limit: probes, package
/// queries, `nvidia-smi`, `python3`.
///
/// The child gets its own process group and pipes for all three standard streams.
/// Its input is written while its output is read, all through one `poll(2)`
/// loop, so a child that never reads its input, or floods its output, cannot block
/// us. When the time is up, the whole group gets SIGTERM and, after a grace
/// period, SIGKILL, and the child is always reaped.
public struct ChildProcess {
    public enum Termination: Sendable, Equatable {
        /// The program exited with this status.
        case exited(Int32)
        /// A signal ended the program (one we did not send).
        case signalled(Int32)
        /// The time limit ran out and the program's process group was ended.
        case timedOut
    }

    public struct Output: Sendable {
        public var termination: Termination
        /// At most `outputLimit` bytes of each stream; the rest was read and dropped.
        public var stdout: [UInt8]
        public var stderr: [UInt8]
    }

    /// Runs `arguments[0]` (looked up on `PATH` when it has no `/`) with
    /// `arguments[1...]`, no shell.
    ///
    /// - Parameters:
    ///   - environment: nil inherits ours; otherwise exactly these variables.
    ///   - input: written to the child's standard input, which is then closed. A child
    ///     that exits without reading it all is not an error.
    ///   - timeoutMilliseconds: for the whole run, output included.
    ///   - outputLimit: bytes kept of standard output and of standard error, each.
    ///   - terminationGraceMilliseconds: how long the group has between SIGTERM and
    ///     SIGKILL.
    ///
    /// When the program exits while something it started still holds its output
    /// open (`sh -c 'sleep 60 &'`), what is already written is read, and what is left
    /// of its process group is ended as on a timeout, so that a lingering grandchild
    /// cannot hold up the caller.
    ///
    /// Throws only when the program cannot be started (not found, not executable).
    public static func run(
        _ arguments: [String], environment: [String: String]? = nil, input: [UInt8] = [],
        timeoutMilliseconds: Int = 10_000, outputLimit: Int = 16 << 20,
        terminationGraceMilliseconds: Int = 500
    ) throws(SystemError) -> Output {
        let child = try SpawnedChild.start(arguments, environment: environment, captureError: true)
        var session = RunSession(child: child, input: input, outputLimit: outputLimit)
        let blocked = SIGPIPEGuard()
        defer { blocked.release() }
        let deadline = Posix.monotonicMilliseconds() + max(0, timeoutMilliseconds)
        let termination = session.complete(deadline: deadline, grace: max(0, terminationGraceMilliseconds))
        return Output(termination: termination, stdout: session.stdout, stderr: session.stderr)
    }

    /// The path of `program` as `command -v` would find it on `path` (our `PATH`
    /// when nil): the first regular, executable file. A name with a `/` is itself,
    /// if it is such a file.
    public static func find(_ program: String, path: String? = nil) -> String? {
        guard !program.isEmpty else { return nil }
        func executable(_ candidate: String) -> Bool {
            FileSystem.kind(of: candidate) == .regular && access(candidate, X_OK) == 0
        }
        if program.contains("/") { return executable(program) ? program : nil }
        let search = path ?? Environment.value("PATH") ?? "/usr/bin:/bin"
        for directory in search.split(separator: ":", omittingEmptySubsequences: false) {
            // An empty entry means the current directory, as in the shell.
            let candidate = directory.isEmpty ? program : "\(directory)/\(program)"
            if executable(candidate) { return candidate }
        }
        return nil
    }

    /// The path of this executable (`/proc/self/exe` on Linux), for running pepcheck
    /// again as a child probe; nil when it cannot be known.
    public static var currentExecutable: String? {
        #if canImport(Darwin)
        var size: UInt32 = 0
        _ = _NSGetExecutablePath(nil, &size)
        var buffer = [CChar](repeating: 0, count: Int(size) + 1)
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        return String(cString: buffer)
        #else
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #endif
    }
}

/// Blocks SIGPIPE in this thread while we write to a child's pipe, so that a child
/// that closed its input costs an `EPIPE`, not our life; on release, a SIGPIPE that
/// arrived meanwhile is consumed and the mask restored. Process-wide dispositions
/// stay as they were: our own standard output keeps dying quietly on a closed pipe.
struct SIGPIPEGuard {
    private var previous = sigset_t()

    init() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &set, &previous)
    }

    func release() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGPIPE)
        var pending = sigset_t()
        var restore = previous
        if sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1 && sigismember(&restore, SIGPIPE) == 0 {
            #if canImport(Darwin)
            var received: Int32 = 0
            sigwait(&set, &received)
            #else
            var zero = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&set, nil, &zero)
            #endif
        }
        pthread_sigmask(SIG_SETMASK, &restore, nil)
    }
}

/// The poll loop of one ``ChildProcess/run(_:environment:input:timeoutMilliseconds:outputLimit:terminationGraceMilliseconds:)``.
private struct RunSession {
    let child: SpawnedChild
    let input: [UInt8]
    let outputLimit: Int
    var written = 0
    var inputFD: Int32
    var outputFD: Int32
    var errorFD: Int32
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 64 << 10)

    /// How often the loop looks whether the child exited while its pipes stay open.
    static let exitCheckMilliseconds = 20
    /// How long output may stay quiet after the child exited before the rest of its
    /// group is taken to be lingering.
    static let lingerMilliseconds = 50

    init(child: SpawnedChild, input: [UInt8], outputLimit: Int) {
        self.child = child
        self.input = input
        self.outputLimit = max(0, outputLimit)
        inputFD = child.input
        outputFD = child.output
        errorFD = child.error
        for fd in [inputFD, outputFD, errorFD] { Posix.setNonBlocking(fd) }
        if input.isEmpty { closeInput() }
    }

    var pipesOpen: Bool { inputFD >= 0 || outputFD >= 0 || errorFD >= 0 }

    mutating func complete(deadline: Int, grace: Int) -> ChildProcess.Termination {
        defer { closeAll() }
        // Until the child exits, or its time is up.
        var exited = false
        var pause = 1
        while !exited {
            let now = Posix.monotonicMilliseconds()
            if now >= deadline { return end(grace: grace, timedOut: true) }
            if pipesOpen {
                if pump(milliseconds: min(deadline - now, Self.exitCheckMilliseconds)) == 0 {
                    exited = child.hasExited()
                }
            } else {
                // All pipes closed: usually the child is exiting right now, so look
                // again soon, then less and less often.
                exited = child.hasExited()
                if !exited {
                    sleep(milliseconds: min(deadline - now, pause))
                    pause = min(pause * 2, Self.exitCheckMilliseconds)
                }
            }
        }
        // The child has exited: read what it left; a descendant still holding the
        // pipes after a quiet spell is lingering.
        while outputFD >= 0 || errorFD >= 0 {
            let now = Posix.monotonicMilliseconds()
            if now >= deadline || pump(milliseconds: min(deadline - now, Self.lingerMilliseconds)) == 0 {
                return end(grace: grace, timedOut: false)
            }
        }
        return SpawnedChild.termination(fromWaitStatus: child.reap())
    }

    /// Ends the child's group (SIGTERM, then SIGKILL after `grace`), reading its
    /// output meanwhile, and reaps the child.
    private mutating func end(grace: Int, timedOut: Bool) -> ChildProcess.Termination {
        closeInput()
        child.signalGroup(SIGTERM)
        let killAt = Posix.monotonicMilliseconds() + grace
        while true {
            let now = Posix.monotonicMilliseconds()
            if now >= killAt { break }
            if outputFD < 0 && errorFD < 0 {
                if child.hasExited() { break }
                sleep(milliseconds: min(killAt - now, 5))
            } else {
                pump(milliseconds: min(killAt - now, Self.exitCheckMilliseconds))
            }
        }
        child.signalGroup(SIGKILL)
        let status = child.reap()
        return timedOut ? .timedOut : SpawnedChild.termination(fromWaitStatus: status)
    }

    /// One `poll(2)` over the open pipes, then as much reading and writing as they
    /// allow. Returns the number of descriptors that were ready.
    @discardableResult
    private mutating func pump(milliseconds: Int) -> Int32 {
        var descriptors: [pollfd] = []
        if inputFD >= 0 { descriptors.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
        if outputFD >= 0 { descriptors.append(pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)) }
        if errorFD >= 0 { descriptors.append(pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)) }
        let ready = Posix.poll(&descriptors, milliseconds: milliseconds)
        guard ready > 0 else { return ready }
        for descriptor in descriptors where descriptor.revents != 0 {
            if descriptor.fd == inputFD {
                writeInput()
            } else if descriptor.fd == outputFD {
                guard let count = read(from: outputFD) else { Posix.close(outputFD); outputFD = -1; continue }
                keep(count, in: &stdout)
            } else if descriptor.fd == errorFD {
                guard let count = read(from: errorFD) else { Posix.close(errorFD); errorFD = -1; continue }
                keep(count, in: &stderr)
            }
        }
        return ready
    }

    private mutating func writeInput() {
        let count = min(input.count - written, 64 << 10)
        let result = input.withUnsafeBytes { Posix.write(inputFD, $0.baseAddress! + written, count) }
        if result > 0 {
            written += result
            if written == input.count { closeInput() }
        } else if result < 0 {
            let code = SystemError.currentErrno
            // EPIPE: the child closed its input (or exited); the rest is not wanted.
            if code != EINTR && code != EAGAIN && code != EWOULDBLOCK { closeInput() }
        }
    }

    /// Reads what is there into `chunk`: the number of bytes (0 when nothing was
    /// there after all), or nil at end of file or on an error.
    private mutating func read(from fd: Int32) -> Int? {
        let count = chunk.withUnsafeMutableBytes { Posix.read(fd, $0.baseAddress, $0.count) }
        if count > 0 { return count }
        if count < 0 {
            let code = SystemError.currentErrno
            if code == EINTR || code == EAGAIN || code == EWOULDBLOCK { return 0 }
        }
        return nil
    }

    /// Appends the first `count` bytes of `chunk` to `bytes`, up to the output limit.
    private func keep(_ count: Int, in bytes: inout [UInt8]) {
        let kept = min(count, outputLimit - bytes.count)
        if kept > 0 { bytes.append(contentsOf: chunk[..<kept]) }
    }

    private mutating func closeInput() {
        if inputFD >= 0 { Posix.close(inputFD); inputFD = -1 }
    }

    private mutating func closeAll() {
        closeInput()
        if outputFD >= 0 { Posix.close(outputFD); outputFD = -1 }
        if errorFD >= 0 { Posix.close(errorFD); errorFD = -1 }
    }

    private func sleep(milliseconds: Int) {
        guard milliseconds > 0 else { return }
        var pause = timespec(tv_sec: milliseconds / 1_000, tv_nsec: (milliseconds % 1_000) * 1_000_000)
        nanosleep(&pause, nil)
    }
}
