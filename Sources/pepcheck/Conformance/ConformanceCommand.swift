import ArgumentParser

struct ConformanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conformance",
        abstract: "Run the conformance suite, or serve the adapter protocol.",
        subcommands: [ConformanceRunCommand.self, ConformanceServeCommand.self]
    )
}
