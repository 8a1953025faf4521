import Foundation
import PackagePlugin

/// Compiles the target's `Mappings/*.yaml` into a Swift source holding their loaded
/// documents in packed form (without positions), so that the tables travel inside the
/// binary (no resource bundle, no path of the machine that built it) and a run reads
/// them without parsing YAML. The YAML stays the source of truth; at run time the
/// documents go through the same schema reader as a user's `--mappings` files.
@main
struct EmbedMappingTables: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let inputs = (target.sourceModule?.sourceFiles(withSuffix: ".yaml").map(\.url) ?? [])
            .filter { $0.deletingLastPathComponent().lastPathComponent == "Mappings" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedMappingTables.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) mapping tables in \(target.name)",
                executable: try context.tool(named: "embed-mapping-tables").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }
}
