import ArgumentParser
import Conformance
import External
import Host
import PEP508
import JSON
import SystemIO

/// Options choosing which of a project's external dependencies to map.
struct ExternalSelectionOptions: ParsableArguments {
    @Option(help: "Categories to include, comma-separated: build,host,run.")
    var include = "build,host,run"

    @Option(help: "An extra of the optional-* keys to include (repeatable).")
    var extra: [String] = []

    @Option(help: "A dependency group to include (repeatable).")
    var group: [String] = []

    @Option(help: "A JSON file {name: string or [string]} whose values replace this machine's when evaluating markers.")
    var env: String?

    /// The categories named by `--include`.
    func categories() throws -> Set<DependencyCategory> {
        var categories: Set<DependencyCategory> = []
        for word in include.split(separator: ",", omittingEmptySubsequences: false) {
            var name = word
            while let first = name.first, first == " " || first == "\t" { name = name.dropFirst() }
            while let last = name.last, last == " " || last == "\t" { name = name.dropLast() }
            guard let category = DependencyCategory(rawValue: String(name)) else {
                throw ExternalExit.badInput("expected build, host or run in --include, found `\(word)`")
            }
            categories.insert(category)
        }
        return categories
    }

    /// This machine's marker environment (from python3 when present, `sys_abi_features`
    /// included), with `--env` on top. The machine is asked only when `markers` read one of the
    /// values its detection gives that `--env` does not give.
    func environment(for markers: [Marker]) throws -> MarkerEnvironment {
        var overrides = MarkerEnvironment()
        if let env {
            guard let data = try? FileSystem.readFile(env) else {
                throw ExternalExit.badInput("expected a readable environment file, found `\(env)`")
            }
            do {
                overrides = try ProtocolOperations.markerEnvironment(try JSONParser.parse(bytes: Array(data)))
            } catch {
                throw ExternalExit.badInput("\(env): \(error)")
            }
        }
        return try HostMarkers.environment(over: overrides, file: env, reading: markers, choice: HostChoice())
    }

    /// The table's dependencies that these options select and whose markers hold.
    func selection(of table: ExternalTable) throws -> [(url: DepURL, category: DependencyCategory)] {
        let categories = try categories()
        let environment = try environment(for: Self.markers(of: table))
        do {
            return try table.selection(include: categories, extras: extra, groups: group, environment: environment)
        } catch {
            throw ExternalExit.badInput(error.message)
        }
    }

    /// Every marker of the table.
    static func markers(of table: ExternalTable) -> [Marker] {
        var dependencies = table.buildRequires + table.hostRequires + table.dependencies
        for extra in table.optionalBuildRequires + table.optionalHostRequires + table.optionalDependencies {
            dependencies += extra.dependencies
        }
        for group in table.dependencyGroups {
            for case .dependency(let dependency) in group.items { dependencies.append(dependency) }
        }
        return dependencies.compactMap(\.marker)
    }
}
