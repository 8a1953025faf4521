import ArgumentParser
import SystemIO

/// Maps every way a command can end to pepcheck's three exit codes.
enum ExitStatus {
    static let success: Int32 = 0
    static let findings: Int32 = 1
    static let usage: Int32 = 2

    /// Prints what the error says (help and version text included) and returns
    /// the exit code: argument-parser's own usage errors (64) become 2. A write
    /// error of the standard streams is left to ``Output/exit(_:)`` to report.
    static func code(for error: Error) -> Int32 {
        if let exit = error as? ExitCode { return exit.rawValue }
        if let error = error as? SystemError {
            if !Output.isStreamFailure(error) { Output.error("error: \(error.message)\n") }
            return usage
        }
        let code = Pepcheck.exitCode(for: error)
        let message = Pepcheck.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { try? Output.print(message) }
            return success
        }
        if !message.isEmpty { Output.error(message + "\n") }
        return usage
    }
}
