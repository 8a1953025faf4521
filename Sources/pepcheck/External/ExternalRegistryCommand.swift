import ArgumentParser
import External
import JSON

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
                // Keys sorted, as the output has always been written.
                let objects = definitions.map { definition in
                    JSONValue.object([
                        ("aliases", .array(definition.aliases.map { .string($0.description) })),
                        ("description", .string(definition.description)),
                        ("id", .string(definition.id.description)),
                        ("provides", .array(definition.provides.map { .string($0.description) })),
                    ])
                }
                try Output.print(JSONValue.array(objects).prettyPrinted)
            default:
                throw ExternalExit.badInput("expected --format text or json, found `\(format)`")
            }
        }
    }
}
