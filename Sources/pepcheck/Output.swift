#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SystemIO

/// The only way the executable prints (#12 item 4).
///
/// Standard output is buffered and its write errors are thrown, so a command stops
/// at the first failed write; standard error is written at once, and a failure
/// there is kept rather than thrown (it is usually hit while reporting another
/// error). Either way ``exit(_:)`` reports the failure on the stream that still
/// works and ends the command with exit 2.
enum Output {
    /// `text` and a newline (or `terminator`) on standard output.
    static func print(_ text: String, terminator: String = "\n") throws(SystemError) {
        try TextOutput.standardOutput.write(text + terminator)
    }

    /// `text` as it is on standard output.
    static func write(_ text: String) throws(SystemError) {
        try TextOutput.standardOutput.write(text)
    }

    /// Writes out what standard output holds (the protocol server, after each response).
    static func flush() throws(SystemError) {
        try TextOutput.standardOutput.flush()
    }

    /// `text` as it is on standard error.
    static func error(_ text: String) {
        try? TextOutput.standardError.write(text)
    }

    /// Whether `error` is the write error of one of the two streams (reported by ``exit(_:)``).
    static func isStreamFailure(_ error: SystemError) -> Bool {
        TextOutput.standardOutput.failure == error || TextOutput.standardError.failure == error
    }

    /// Flushes standard output and ends the process with `status`, or with 2 and a
    /// message on the other stream when a write failed.
    static func exit(_ status: Int32) -> Never {
        let output = TextOutput.standardOutput
        let error = TextOutput.standardError
        try? output.flush()
        var status = status
        if let failure = output.failure {
            try? error.write("error: \(failure.message)\n")
            status = ExitStatus.usage
        } else if let failure = error.failure {
            try? output.write("error: \(failure.message)\n")
            try? output.flush()
            status = ExitStatus.usage
        }
        #if canImport(Glibc)
        Glibc.exit(status)
        #elseif canImport(Musl)
        Musl.exit(status)
        #else
        Darwin.exit(status)
        #endif
    }
}
