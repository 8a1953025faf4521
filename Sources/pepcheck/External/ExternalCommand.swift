import ArgumentParser

/// `pepcheck external`: PEP 725 external dependencies and their PEP 804-style mappings.
struct ExternalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "external",
        abstract: "Show, check and map a project's PEP 725 external dependencies.",
        subcommands: [
            ExternalShowCommand.self, ExternalCheckCommand.self, ExternalMetadataCommand.self,
            ExternalRegistryCommand.self, ExternalMapCommand.self,
        ])
}
