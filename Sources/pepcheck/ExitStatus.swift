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
    ///
    /// `command` is the subcommand whose `run()` threw: a `ValidationError` from
    /// there shows that subcommand's usage (argument-parser would show the root's,
    /// `Usage: pepcheck <subcommand>`, since it only sees errors from parsing).
    static func code(for error: Error, in command: ParsableCommand.Type = Pepcheck.self) -> Int32 {
        if let exit = error as? ExitCode { return exit.rawValue }
        if let error = error as? SystemError {
            if !Output.isStreamFailure(error) { Output.error("error: \(error.message)\n") }
            return usage
        }
        if let error = error as? ValidationError, command != Pepcheck.self {
            let names = commandPath(to: command).joined(separator: " ")
            Output.error("Error: \(error.message)\nUsage: \(Pepcheck.usageString(for: command))\n"
                + "  See '\(names) --help' for more information.\n")
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

    /// The command names from the root to `command` (`["pepcheck", "lint"]`).
    static func commandPath(to command: ParsableCommand.Type, from root: ParsableCommand.Type = Pepcheck.self) -> [String] {
        func name(_ type: ParsableCommand.Type) -> String { type.configuration.commandName ?? "\(type)" }
        if root == command { return [name(root)] }
        for child in root.configuration.subcommands {
            let path = commandPath(to: command, from: child)
            if !path.isEmpty { return [name(root)] + path }
        }
        return []
    }
}
