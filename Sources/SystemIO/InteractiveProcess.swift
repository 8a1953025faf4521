#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process spoken to one line at a time (a conformance adapter): a message
/// is written to its standard input and one line is read back from its standard
/// output, both under one time limit. Its standard error is ours.
///
/// The message is written while output is read, through one `poll(2)` loop, so a
/// child that never reads its input (`yes`), or reads it only after writing, costs
/// the time limit, never a blocked `write(2)`. Like
/// ``ChildProcess/run(_:environment:input:timeoutMilliseconds:outputLimit:terminationGraceMilliseconds:)``,
/// the child runs in a process group of its own, which ``stop(graceMilliseconds:)``
/// ends as a whole and ``ChildProcess/endChildrenOnTermination()`` ends on SIGINT
/// and SIGTERM.
public final class InteractiveProcess {
    public enum Failure: Error, Sendable, Equatable {
        /// The child's output ended before a whole line: it exited, or closed it.
        case endOfOutput
        /// The child closed its input (or exited) before the message was written.
        case inputClosed
        /// The time ran out; `writing` tells whether the message was still being written.
        case timedOut(writing: Bool)
        /// More than the line limit arrived without a line break.
        case lineTooLong
    }

    /// The child's process id, which is also its process group id.
    public let pid: Int32
    private var child: SpawnedChild
    private var buffer: [UInt8] = []
    /// Where the search for a line break resumes: the bytes before it have none.
    private var scanned = 0
    private var endOfOutput = false
    private var termination: ChildProcess.Termination?
    private var chunk = [UInt8](repeating: 0, count: 64 << 10)

    /// Starts `arguments[0]` (looked up on `PATH` when it has no `/`); throws only
    /// when it cannot be started.
    public init(_ arguments: [String], environment: [String: String]? = nil) throws(SystemError) {
        child = try SpawnedChild.start(arguments, environment: environment, captureError: false)
        pid = child.pid
        Posix.setNonBlocking(child.input)
        Posix.setNonBlocking(child.output)
    }

    deinit { stop(graceMilliseconds: 0) }

    /// Whether the child has exited (it may not have been reaped yet).
    public var hasExited: Bool {
        termination != nil || child.hasExited()
    }

    /// Writes `message` and returns the next line of output, without its line break.
    /// Output that follows the line is kept for the next call.
    public func exchange(_ message: [UInt8], timeoutMilliseconds: Int, lineLimit: Int = 64 << 20)
        -> Result<[UInt8], Failure>
    {
        let guardSIGPIPE = SIGPIPEGuard()
        defer { guardSIGPIPE.release() }
        let deadline = Posix.monotonicMilliseconds() + max(0, timeoutMilliseconds)
        var written = 0
        while true {
            let writing = written < message.count
            if !writing, let line = takeLine() { return .success(line) }
            if endOfOutput && buffer.count == scanned { return .failure(writing ? .inputClosed : .endOfOutput) }
            if buffer.count > lineLimit && scanned == buffer.count { return .failure(.lineTooLong) }
            let remaining = deadline - Posix.monotonicMilliseconds()
            if remaining <= 0 { return .failure(.timedOut(writing: writing)) }

            var descriptors: [pollfd] = []
            if writing {
                guard child.input >= 0 else { return .failure(.inputClosed) }
                descriptors.append(pollfd(fd: child.input, events: Int16(POLLOUT), revents: 0))
            }
            // Past the limit, stop reading: the child then blocks, and the clock runs.
            let reading = !endOfOutput && buffer.count <= lineLimit
            if reading { descriptors.append(pollfd(fd: child.output, events: Int16(POLLIN), revents: 0)) }
            guard Posix.poll(&descriptors, milliseconds: remaining) > 0 else { continue }
            for descriptor in descriptors where descriptor.revents != 0 {
                if descriptor.fd == child.input {
                    let count = min(message.count - written, 64 << 10)
                    let result = message.withUnsafeBytes { Posix.write(child.input, $0.baseAddress! + written, count) }
                    if result > 0 {
                        written += result
                    } else if result < 0 {
                        let code = SystemError.currentErrno
                        if code != EINTR && code != EAGAIN && code != EWOULDBLOCK { return .failure(.inputClosed) }
                    }
                } else {
                    readAvailable()
                }
            }
        }
    }

    /// Closes the child's input (the protocol's goodbye), gives it `graceMilliseconds`
    /// to exit, then ends its process group (SIGTERM, and SIGKILL after the same grace)
    /// and reaps it. Calling it again returns the same termination.
    @discardableResult
    public func stop(graceMilliseconds: Int = 200) -> ChildProcess.Termination {
        if let termination { return termination }
        if child.input >= 0 { Posix.close(child.input); child.input = -1 }
        if waitForExit(milliseconds: graceMilliseconds) == false {
            child.signalGroup(SIGTERM)
            if waitForExit(milliseconds: graceMilliseconds) == false { child.signalGroup(SIGKILL) }
        }
        // Whatever it started that is still in its group goes too.
        if child.hasExited() { child.signalGroup(SIGKILL) }
        let result = SpawnedChild.termination(fromWaitStatus: child.reap())
        if child.output >= 0 { Posix.close(child.output); child.output = -1 }
        termination = result
        return result
    }

    private func waitForExit(milliseconds: Int) -> Bool {
        let end = Posix.monotonicMilliseconds() + milliseconds
        var pause: Int = 1
        while !child.hasExited() {
            let now = Posix.monotonicMilliseconds()
            if now >= end { return false }
            var interval = timespec(tv_sec: 0, tv_nsec: min(pause, end - now) * 1_000_000)
            nanosleep(&interval, nil)
            pause = min(pause * 2, 20)
        }
        return true
    }

    private func takeLine() -> [UInt8]? {
        guard let newline = buffer[scanned...].firstIndex(of: 0x0A) else {
            scanned = buffer.count
            return nil
        }
        let line = Array(buffer[..<newline])
        buffer.removeSubrange(...newline)
        scanned = 0
        return line
    }

    private func readAvailable() {
        let count = chunk.withUnsafeMutableBytes { Posix.read(child.output, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[..<count])
        } else if count == 0 {
            endOfOutput = true
        } else {
            let code = SystemError.currentErrno
            if code != EINTR && code != EAGAIN && code != EWOULDBLOCK { endOfOutput = true }
        }
    }
}
