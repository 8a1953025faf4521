import ArgumentParser
import External
import Foundation

/// `pepcheck external registry`: the known DepURLs.
struct ExternalRegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry", abstract: "List the registry's DepURL definitions.")

    @Option(help: "text or json.")
    var format = "text"

    @Option(help: "A directory of mapping files that override and extend the shipped ones by id.")
    var mappings: String?

    func run() throws {
        try ExternalExit.handle {
            var options = try ExternalMappingOptions.parse([])
            options.mappings = mappings
            let definitions = try options.catalog().definitions
            switch format {
            case "text":
                for definition in definitions {
                    let provides = definition.provides.isEmpty
                        ? "" : " (provides \(definition.provides.map(\.description).joined(separator: ", ")))"
                    try Output.print("\(definition.id)  \(definition.description)\(provides)")
                }
            case "json":
                let objects: [[String: Any]] = definitions.map {
                    ["id": $0.id.description, "description": $0.description,
                     "provides": $0.provides.map(\.description), "aliases": $0.aliases.map(\.description)]
                }
                let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
                try Output.print(String(decoding: data, as: UTF8.self))
            default:
                throw ExternalExit.badInput("expected --format text or json, found `\(format)`")
            }
        }
    }
}
