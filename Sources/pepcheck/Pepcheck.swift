import ArgumentParser
import PEP440
import SystemIO

/// The `pepcheck` command: a thin shell over the libraries.
///
/// Exit codes follow ruff's convention: 0 success, 1 a false result or
/// findings, 2 bad input, usage or I/O errors.
@main
struct Pepcheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pepcheck",
        abstract: "Check Python dependency specifications: PEP 440 versions, PEP 508 requirements and markers, PEP 725 external dependencies.",
        version: PepcheckVersion.current,
        subcommands: [
            LintCommand.self,
            RulesCommand.self,
            ParseCommand.self,
            EvalCommand.self,
            MarkerCommand.self,
            VersionCommand.self,
            SpecifierCommand.self,
            ExternalCommand.self,
            ConformanceCommand.self,
            EnvCommand.self,
            ProbeGPUCommand.self,
        ]
    )

    static func main() {
        TextOutput.reserveStandardDescriptors()
        // Children (adapters, probes) run in process groups of their own: a Ctrl-C
        // reaches only us, and we pass it on.
        ChildProcess.endChildrenOnTermination()
        if let (position, name) = ArgumentEncoding.firstUndecodable() {
            Output.error("error: expected arguments in UTF-8, found `\(TerminalText.sanitized(name.shown))` (argument \(position))\n")
            Output.exit(ExitStatus.usage)
        }
        let line = LongCommandLine(Array(CommandLine.arguments.dropFirst()))
        var command: ParsableCommand
        do {
            command = try line.parse()
        } catch {
            Output.exit(ExitStatus.code(for: error))
        }
        do {
            if line.isSplit { try command.validate() }
            try command.run()
            Output.exit(ExitStatus.success)
        } catch {
            // Errors from run() know nothing of the subcommand: say whose usage it is.
            Output.exit(ExitStatus.code(for: error, in: type(of: command)))
        }
    }
}
