#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A one-line progress counter on standard error, redrawn in place, shown only
/// when standard error is a terminal so that logs stay clean.
final class ProgressLine: Sendable {
    let total: Int
    let enabled: Bool

    init(total: Int) {
        self.total = total
        self.enabled = isatty(STDERR_FILENO) != 0
    }

    func update(_ done: Int) {
        guard enabled, done == total || done % 97 == 0 else { return }
        Output.error("\r\u{1B}[2K[\(done)/\(total)]")
    }

    func finish() {
        guard enabled else { return }
        Output.error("\r\u{1B}[2K")
    }
}
