import ArgumentParser
import External
import Foundation

/// `pepcheck external show`: the packages that provide a project's external dependencies.
struct ExternalShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Map the [external] table to an ecosystem's packages.")

    @Argument(help: "A project directory or pyproject.toml (default: .).")
    var path: String?

    @OptionGroup var mapping: ExternalMappingOptions

    @Option(help: "Categories to include, comma-separated: build,host,run.")
    var include = "build,host,run"

    @Option(help: "An extra of the optional-* keys to include (repeatable).")
    var extra: [String] = []

    @Option(help: "A dependency group to include (repeatable).")
    var group: [String] = []

    @Option(help: "A file of KEY=VALUE lines used instead of the process environment for detection.")
    var env: String?

    @Option(help: "command, list or json.")
    var format: String = "command"

    func run() throws {
        try ExternalExit.handle {
            guard let format = ResolutionFormat(rawValue: format) else {
                throw ExternalExit.badInput("expected --format command, list or json, found `\(format)`")
            }
            let resolution = try ExternalShowCommand.resolve(
                path: path, mapping: mapping, include: include, extras: extra, groups: group)
            let output = format.render(resolution)
            if !output.isEmpty { print(output) }
            for note in ResolutionFormat.notes(for: resolution) {
                FileHandle.standardError.write(Data((note + "\n").utf8))
            }
        }
    }

    /// Shared with `check`: read the table, select, resolve.
    static func resolve(path: String?, mapping: ExternalMappingOptions, include: String, extras: [String],
                        groups: [String]) throws -> Resolution {
        var categories: Set<DependencyCategory> = []
        for word in include.split(separator: ",") {
            guard let category = DependencyCategory(rawValue: String(word)) else {
                throw ExternalExit.badInput("expected build, host or run in --include, found `\(word)`")
            }
            categories.insert(category)
        }
        let table = try ExternalProjectSource.load(path)
        let selection: [(url: DepURL, category: DependencyCategory)]
        do {
            selection = try table.selection(include: categories, extras: extras, groups: groups)
        } catch {
            throw ExternalExit.badInput(error.message)
        }
        let catalog = try mapping.catalog()
        return try mapping.resolver(catalog: catalog).resolve(selection)
    }
}
