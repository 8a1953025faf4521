import ArgumentParser

struct SpecifierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specifier",
        abstract: "Ask questions of PEP 440 specifier sets.",
        subcommands: [SpecifierContainsCommand.self]
    )
}
