import ArgumentParser
import Foundation

/// Maps every way a command can end to pepcheck's three exit codes.
enum ExitStatus {
    static let success: Int32 = 0
    static let findings: Int32 = 1
    static let usage: Int32 = 2

    /// Prints what the error says (help and version text included) and returns
    /// the exit code: argument-parser's own usage errors (64) become 2.
    static func code(for error: Error) -> Int32 {
        if let exit = error as? ExitCode { return exit.rawValue }
        let code = Pepcheck.exitCode(for: error)
        let message = Pepcheck.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            return success
        }
        if !message.isEmpty { Stderr.write(message + "\n") }
        return usage
    }
}
