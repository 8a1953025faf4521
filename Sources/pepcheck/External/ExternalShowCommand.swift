import ArgumentParser
import External

/// `pepcheck external show`: the packages that provide a project's external dependencies.
struct ExternalShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Map the [external] table to an ecosystem's packages.")

    @Argument(help: "A project directory or pyproject.toml (default: .).")
    var path: String?

    @OptionGroup var mapping: ExternalMappingOptions

    @OptionGroup var selection: ExternalSelectionOptions

    @Option(help: "command, list or json.")
    var format: String = "command"

    func run() throws {
        try ExternalExit.handle {
            guard let format = ResolutionFormat(rawValue: format) else {
                throw ExternalExit.badInput("expected --format command, list or json, found `\(format)`")
            }
            let resolution = try ExternalShowCommand.resolve(path: path, mapping: mapping, selection: selection)
            let output = format.render(resolution)
            if !output.isEmpty { try Output.print(output) }
            for note in ResolutionFormat.notes(for: resolution) {
                Output.error(note + "\n")
            }
        }
    }

    /// Shared with `check`: read the table, select, resolve.
    static func resolve(path: String?, mapping: ExternalMappingOptions, selection: ExternalSelectionOptions)
        throws -> Resolution
    {
        let table = try ExternalProjectSource.load(path)
        let chosen = try selection.selection(of: table)
        return try mapping.resolver().resolve(chosen)
    }
}
