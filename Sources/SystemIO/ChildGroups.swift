#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process groups of the children running now, readable from a signal handler.
///
/// A fixed table of plain 32-bit slots: registering and unregistering are plain
/// stores, and the handler only reads. A child started past the table's capacity
/// is still run; it is just not ended by ``ChildProcess/endChildrenOnTermination()``.
enum ChildGroups {
    static let capacity = 64
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<Int32> = {
        let slots = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        return slots
    }()
    nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        lock.initialize(to: pthread_mutex_t())
        pthread_mutex_init(lock, nil)
        return lock
    }()

    static func register(_ group: pid_t) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        for i in 0..<capacity where slots[i] == 0 {
            slots[i] = group
            return
        }
    }

    static func unregister(_ group: pid_t) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        for i in 0..<capacity where slots[i] == group { slots[i] = 0 }
    }

    /// From the signal handler: SIGTERM to every group, a short wait for them to go,
    /// then SIGKILL to what is left. Only async-signal-safe calls.
    static func endAll() {
        var pending = false
        for i in 0..<capacity where slots[i] > 0 {
            _ = kill(-slots[i], SIGTERM)
            pending = true
        }
        guard pending else { return }
        var pause = timespec(tv_sec: 0, tv_nsec: 5_000_000)
        for _ in 0..<20 {
            var alive = false
            for i in 0..<capacity where slots[i] > 0 {
                var status: Int32 = 0
                _ = waitpid(slots[i], &status, WNOHANG)
                if kill(-slots[i], 0) == 0 { alive = true }
            }
            if !alive { return }
            nanosleep(&pause, nil)
        }
        for i in 0..<capacity where slots[i] > 0 { _ = kill(-slots[i], SIGKILL) }
    }
}

extension ChildProcess {
    /// Installs handlers for SIGINT, SIGTERM and SIGHUP that end the process group of
    /// every child started through this module and still running — SIGTERM, then SIGKILL after up to 100 ms — and
    /// then end this process by the same signal, as if there had been no handler.
    ///
    /// Children run in process groups of their own (so that a timeout can end a
    /// child with everything it started), which means a Ctrl-C at the terminal
    /// reaches only us: without these handlers they would outlive us. A signal that
    /// was ignored when this is called stays ignored (`nohup`); one that was blocked
    /// (a mask inherited from a parent's thread, as test runners and thread pools
    /// leave it) is unblocked, or the handlers could never run.
    public static func endChildrenOnTermination() {
        _ = ChildGroups.slots
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            sigaddset(&unblock, signalNumber)
            let previous = signal(signalNumber) { signalNumber in
                ChildGroups.endAll()
                // Blocked while this handler runs: delivered, by default, once it returns.
                signal(signalNumber, SIG_DFL)
                raise(signalNumber)
            }
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(signalNumber, SIG_IGN)
            }
        }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
    }
}
