import Foundation
import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Another implementation's adapter: a command started once that speaks the
/// JSON Lines protocol on its standard input and output.
///
/// Each response is awaited with `poll(2)` and a per-case timeout, so an
/// adapter that hangs, dies or writes garbage costs one case, not the run. A
/// dead adapter is started again, up to ``maximumRestarts`` times.
public final class AdapterProcess: ConformanceImplementation {
    public let name: String
    public let command: String
    public let timeoutMilliseconds: Int32
    public static let maximumRestarts = 5

    private var pid: pid_t = 0
    private var inputFD: Int32 = -1
    private var outputFD: Int32 = -1
    private var buffer: [UInt8] = []
    private var restarts = 0
    private var nextID = 0

    public init(command: String, timeoutMilliseconds: Int32 = 5_000) {
        self.command = command
        self.name = command
        self.timeoutMilliseconds = timeoutMilliseconds
        // A write to an adapter that died must fail with EPIPE, not kill us.
        signal(SIGPIPE, SIG_IGN)
    }

    deinit { stop() }

    private var isRunning: Bool {
        guard pid > 0 else { return false }
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == 0
    }

    // posix_spawn rather than Foundation's Process: the adapter gets a process
    // group of its own, so that stopping it also stops whatever it started
    // (a shell's children keep the pipes open, and Process waits for them).
    private func start() throws(AdapterFailure) {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
            throw AdapterFailure("cannot create pipes for the adapter: errno \(errno)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        // The child starts with default dispositions, SIGPIPE included.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let arguments = ["/bin/sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, "/bin/sh", &actions, &attributes, &argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw AdapterFailure("cannot start the adapter `\(command)`: error \(status)")
        }
        pid = child
        inputFD = toChild[1]
        outputFD = fromChild[0]
        buffer.removeAll(keepingCapacity: true)
    }

    /// Ends the adapter and everything it started. Closing its input is the
    /// protocol's way to say goodbye; one that lingers is killed.
    public func stop() {
        if inputFD >= 0 { close(inputFD); inputFD = -1 }
        if outputFD >= 0 { close(outputFD); outputFD = -1 }
        guard pid > 0 else { return }
        var status: Int32 = 0
        for _ in 0..<20 {
            if waitpid(pid, &status, WNOHANG) != 0 { pid = 0; break }
            usleep(10_000)
        }
        if pid > 0 {
            kill(-pid, SIGKILL)
            waitpid(pid, &status, 0)
            pid = 0
        }
    }

    public func respond(to request: JSONValue) -> Result<JSONValue, AdapterFailure> {
        let fresh: Bool
        if isRunning {
            fresh = false
        } else {
            if case .failure(let failure) = restart() { return .failure(failure) }
            fresh = true
        }
        let first = exchange(request)
        // An adapter that was already running may have exited after its last
        // answer; one new start and one retry tell that apart from a request
        // that kills it (which fails again and is reported).
        if case .failure(let failure) = first, failure.adapterExited, !fresh {
            if case .failure(let failure) = restart() { return .failure(failure) }
            return exchange(request)
        }
        return first
    }

    private func restart() -> Result<Void, AdapterFailure> {
        if pid > 0 || inputFD >= 0 {
            guard restarts < AdapterProcess.maximumRestarts else {
                return .failure(AdapterFailure("the adapter exited and was restarted \(restarts) times already"))
            }
            restarts += 1
            stop()
        }
        do { try start() } catch { return .failure(error) }
        return .success(())
    }

    private func exchange(_ request: JSONValue) -> Result<JSONValue, AdapterFailure> {
        // The runner's own ids, so that a response can be matched to its request
        // whatever the case's id looks like.
        nextID += 1
        let id = JSONValue(nextID)
        var message = request
        if case .object(var members) = message {
            members.removeAll { $0.0 == "id" }
            members.insert(("id", id), at: 0)
            message = .object(members)
        }
        if !writeAll(Array((message.serialized + "\n").utf8)) {
            stop()
            return .failure(AdapterFailure(AdapterFailure.exited))
        }
        let line: [UInt8]
        switch readLine() {
        case .success(let l): line = l
        case .failure(let failure):
            stop()
            return .failure(failure)
        }
        let response: JSONValue
        do {
            response = try JSONParser.parse(bytes: line)
        } catch {
            let text = String(decoding: line.prefix(200), as: UTF8.self)
            return .failure(AdapterFailure("the adapter answered something that is not JSON (\(error)): \(text)"))
        }
        guard response["id"] == id else {
            // The stream is out of step: everything after would be misattributed.
            stop()
            return .failure(AdapterFailure("the adapter answered with another id: \(response.serialized.prefix(200))"))
        }
        return .success(response)
    }

    private func writeAll(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(inputFD, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    private func readLine() -> Result<[UInt8], AdapterFailure> {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return .success(line)
            }
            var descriptor = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, timeoutMilliseconds)
            if ready == 0 {
                return .failure(AdapterFailure("no response within \(timeoutMilliseconds) ms"))
            }
            if ready < 0 {
                if errno == EINTR { continue }
                return .failure(AdapterFailure("poll failed: errno \(errno)"))
            }
            let count = chunk.withUnsafeMutableBytes { read(outputFD, $0.baseAddress, $0.count) }
            if count <= 0 {
                return .failure(AdapterFailure(AdapterFailure.exited))
            }
            buffer.append(contentsOf: chunk[..<count])
            if buffer.count > 64 << 20 {
                return .failure(AdapterFailure("the adapter wrote more than 64 MiB without a line break"))
            }
        }
    }
}
