import ArgumentParser
import External

/// `pepcheck external check`: runs the query command for each mapped package.
struct ExternalCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Report which external dependencies are missing (exit 1 if any).")

    @Argument(help: "A project directory or pyproject.toml (default: .).")
    var path: String?

    @OptionGroup var mapping: ExternalMappingOptions

    @OptionGroup var selection: ExternalSelectionOptions

    func run() throws {
        try ExternalExit.handle {
            let resolution = try ExternalShowCommand.resolve(path: path, mapping: mapping, selection: selection)
            for note in ResolutionFormat.notes(for: resolution) {
                Output.error(note + "\n")
            }
            guard resolution.packageManager.query != nil else {
                throw ExternalExit.badInput("\(resolution.packageManager.name) has no query command")
            }
            var missing = 0
            for query in resolution.queryCommands {
                let present = PackageQuery.isPresent(query.command)
                try Output.print("\(present ? "ok     " : "missing") \(query.package)")
                if !present { missing += 1 }
            }
            // The NVIDIA driver against versioned CUDA dependencies (pepcheck env).
            let driver = try CUDADriverCheck.check(resolution.outcomes, catalog: mapping.catalog, choice: HostChoice())
            for finding in driver { try Output.print(finding.line) }
            if driver.contains(where: \.tooOld) { missing += 1 }
            let unresolved = resolution.notPackaged.count + resolution.unmapped.count
            if missing > 0 || unresolved > 0 {
                try Output.print("\(missing) missing, \(unresolved) without a package")
                throw ExternalExit.findings
            }
        }
    }
}
