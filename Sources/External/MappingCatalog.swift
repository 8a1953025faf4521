import Foundation
import YAML

/// The registry definitions and ecosystem mapping tables in use.
///
/// ``bundled()`` reads the files shipped in the package's `Mappings` resources;
/// ``overridden(by:)`` layers a user directory (`--mappings DIR`) on top: registry
/// definitions and ecosystem entries with the same id replace the shipped ones,
/// new ones are added.
public struct MappingCatalog: Sendable {
    public var definitions: [RegistryDefinition]
    public var ecosystems: [String: EcosystemMapping]

    public init(definitions: [RegistryDefinition] = [], ecosystems: [String: EcosystemMapping] = [:]) {
        self.definitions = definitions
        self.ecosystems = ecosystems
    }

    /// The tables shipped with pepcheck.
    public static func bundled() throws(YAMLError) -> MappingCatalog {
        guard let url = Bundle.module.url(forResource: "Mappings", withExtension: nil) else { return MappingCatalog() }
        return try load(directory: url)
    }

    /// Reads `registry.yaml` and every other `*.yaml` file (an ecosystem) in `directory`.
    public static func load(directory: URL) throws(YAMLError) -> MappingCatalog {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw YAMLError(code: .unreadable, message: "expected a readable directory, found `\(directory.path)`",
                            file: directory.path, mark: YAMLMark(line: 1, column: 1, offset: 0))
        }
        var catalog = MappingCatalog()
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = directory.appendingPathComponent(name)
            // Messages name the file as the user wrote the directory (relative stays relative).
            let shown = url.relativePath
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw YAMLError(code: .unreadable, message: "expected a readable file, found `\(shown)`",
                                file: shown, mark: YAMLMark(line: 1, column: 1, offset: 0))
            }
            try catalog.add(fileNamed: name, bytes: [UInt8](data), displayPath: shown)
        }
        return catalog
    }

    /// Adds one file's content: `registry.yaml` extends the definitions, any other
    /// name is an ecosystem file (overriding an already loaded one of the same id).
    public mutating func add(fileNamed name: String, bytes: [UInt8], displayPath: String? = nil) throws(YAMLError) {
        let root = try YAMLLoader().load(bytes: bytes, file: displayPath ?? name)
        if name == "registry.yaml" || name == "registry.yml" {
            merge(definitions: try MappingFileReader.registry(root))
        } else {
            let mapping = try MappingFileReader.ecosystem(root)
            ecosystems[mapping.ecosystem] = ecosystems[mapping.ecosystem].map { $0.overridden(by: mapping) } ?? mapping
        }
    }

    private mutating func merge(definitions new: [RegistryDefinition]) {
        for definition in new {
            if let index = definitions.firstIndex(where: { $0.id == definition.id }) {
                definitions[index] = definition
            } else {
                definitions.append(definition)
            }
        }
    }

    /// This catalog with `other` layered on top (see the type's overview).
    public func overridden(by other: MappingCatalog) -> MappingCatalog {
        var merged = self
        merged.merge(definitions: other.definitions)
        for (id, mapping) in other.ecosystems {
            merged.ecosystems[id] = merged.ecosystems[id].map { $0.overridden(by: mapping) } ?? mapping
        }
        return merged
    }

    /// The registry definition of `id` (compared without version).
    public func definition(for id: DepURL) -> RegistryDefinition? {
        let key = id.withoutVersion
        return definitions.first { $0.id == key }
    }

    /// The canonical id for `url`: itself when defined, else the definition listing it
    /// in `aliases`, else the non-virtual id its own definition `provides` (PEP 804's
    /// way of marking an alias), else itself unchanged. The version is dropped.
    public func canonical(_ url: DepURL) -> DepURL {
        let key = url.withoutVersion
        if let definition = definition(for: key) {
            if let target = definition.provides.first(where: { !$0.isVirtual }) { return target }
            return key
        }
        if let owner = definitions.first(where: { $0.aliases.contains(key) }) { return owner.id }
        return key
    }

    /// Definitions that provide the virtual `id`, in registry order.
    public func providers(of id: DepURL) -> [DepURL] {
        let key = id.withoutVersion
        return definitions.filter { $0.provides.contains(key) }.map(\.id)
    }
}
