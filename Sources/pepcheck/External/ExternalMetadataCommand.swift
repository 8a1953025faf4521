import ArgumentParser
import External

/// `pepcheck external metadata`: the Core Metadata 2.6 fields of the [external] table.
struct ExternalMetadataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metadata", abstract: "Print Requires-External-Dep and Provides-External-Extra fields.")

    @Argument(help: "A project directory or pyproject.toml (default: .).")
    var path: String?

    func run() throws {
        try ExternalExit.handle {
            for field in try ExternalProjectSource.load(path).metadataFields() {
                print("\(field.name): \(field.value)")
            }
        }
    }
}
