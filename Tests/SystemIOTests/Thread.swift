#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A plain thread for the blocking side of a pipe test. Swift concurrency's pool
/// has as many threads as cores: parallel tests blocked in read(2) and write(2) on
/// it can starve each other into a deadlock.
final class BlockingThread {
    private var thread = pthread_t()
    private let body: () -> Void

    init(_ body: @escaping () -> Void) {
        self.body = body
        let context = Unmanaged.passRetained(self).toOpaque()
        let created = pthread_create(&thread, nil, { context in
            let this = Unmanaged<BlockingThread>.fromOpaque(context!).takeRetainedValue()
            this.body()
            return nil
        }, context)
        precondition(created == 0, "pthread_create failed")
    }

    func join() {
        pthread_join(thread, nil)
    }
}
