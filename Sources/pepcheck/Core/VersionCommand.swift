import ArgumentParser

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: "Normalise and compare PEP 440 versions.",
        subcommands: [VersionNormalizeCommand.self, VersionCompareCommand.self]
    )
}
