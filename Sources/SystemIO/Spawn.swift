#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A started child: its pid (also its process group id) and our ends of its pipes.
///
/// The one place that knows how to start a program safely.
struct SpawnedChild {
    var pid: pid_t
    /// Our ends: -1 where the child inherits our stream instead of a pipe.
    var input: Int32
    var output: Int32
    var error: Int32

    /// Starts `arguments[0]` (looked up on `PATH` when it has no `/`) in a process
    /// group of its own, with pipes for its standard input and output, and for its
    /// standard error unless `captureError` is false (then it shares ours).
    ///
    /// The child starts with `SIGPIPE` at its default disposition and no signal
    /// blocked, whatever ours are. Our buffered output is flushed first so that what
    /// we printed comes before what the child prints.
    static func start(_ arguments: [String], environment: [String: String]?, captureError: Bool)
        throws(SystemError) -> SpawnedChild
    {
        guard let program = arguments.first, !program.isEmpty else {
            throw SystemError(operation: "spawn", path: nil, code: EINVAL, message: "cannot run a program: no program given")
        }
        let executable: String
        if program.contains("/") {
            executable = program
        } else if let found = ChildProcess.find(program) {
            executable = found
        } else {
            throw SystemError(operation: "spawn", path: program, code: ENOENT,
                              message: "cannot run `\(program)`: not found on PATH")
        }
        TextOutput.flushAll()

        var pipes: [(read: Int32, write: Int32)] = []
        defer { for pipe in pipes { Posix.close(pipe.read); Posix.close(pipe.write) } }
        for _ in 0..<(captureError ? 3 : 2) {
            guard let pipe = Posix.pipe() else { throw SystemError.errno("pipe", path: program, "cannot create a pipe for `\(program)`") }
            pipes.append(pipe)
        }

        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #else
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Every pipe end is close-on-exec and numbered 3 or above (Posix.pipe), so the
        // three dup2s cannot clobber each other and nothing else leaks into the child.
        posix_spawn_file_actions_adddup2(&actions, pipes[0].read, 0)
        posix_spawn_file_actions_adddup2(&actions, pipes[1].write, 1)
        if captureError { posix_spawn_file_actions_adddup2(&actions, pipes[2].write, 2) }

        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var envp: [UnsafeMutablePointer<CChar>?] = (environment?.map { strdup("\($0.key)=\($0.value)") } ?? []) + [nil]
        defer { for pointer in envp { free(pointer) } }

        var pid: pid_t = 0
        let status = envp.withUnsafeMutableBufferPointer { envBuffer in
            posix_spawn(&pid, executable, &actions, &attributes, &argv,
                        environment == nil ? Posix.environment : envBuffer.baseAddress)
        }
        guard status == 0 else {
            throw SystemError("spawn", path: program, code: status, "cannot run `\(program)`")
        }
        ChildGroups.register(pid)
        let child = SpawnedChild(pid: pid, input: pipes[0].write, output: pipes[1].read,
                                 error: captureError ? pipes[2].read : -1)
        // The deferred close takes the child's ends; ours are handed over.
        Posix.close(pipes[0].read)
        Posix.close(pipes[1].write)
        if captureError { Posix.close(pipes[2].write) }
        pipes.removeAll()
        return child
    }

    /// Whether the child has exited, without reaping it: while it is a zombie its pid
    /// cannot be reused, so signalling its process group stays safe.
    func hasExited() -> Bool {
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0 {
            // ECHILD: already reaped (cannot happen here) or not ours.
            if SystemError.currentErrno != EINTR { return true }
        }
        // Linux zeroes the structure when no child is waitable.
        return info.si_signo == SIGCHLD
    }

    /// Waits for the child (blocking) and returns its raw wait status.
    func reap() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && SystemError.currentErrno == EINTR {}
        ChildGroups.unregister(pid)
        return status
    }

    /// Signals the child's whole process group.
    func signalGroup(_ signal: Int32) {
        _ = kill(-pid, signal)
    }

    /// Decodes a wait status (the `WIFEXITED`/`WTERMSIG` macros, which Swift does not import).
    static func termination(fromWaitStatus status: Int32) -> ChildProcess.Termination {
        let low = status & 0x7f
        return low == 0 ? .exited((status >> 8) & 0xff) : .signalled(low)
    }
}
