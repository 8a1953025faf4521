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
            let fields = try ExternalProjectSource.load(path).metadataFields()
            // PEP 725 puts only `dependencies` and `optional-dependencies` in Core
            // Metadata; say so rather than print nothing for a build-only table.
            if fields.isEmpty {
                Output.error("note: no [external] dependencies or optional-dependencies: build and host requirements have no Core Metadata fields\n")
            }
            for field in fields {
                try Output.print("\(field.name): \(field.value)")
            }
        }
    }
}
