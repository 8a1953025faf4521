#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SystemIO
import YAML

/// The registry definitions and ecosystem mapping tables in use.
///
/// The tables shipped with pepcheck are compiled into the module: the
/// `EmbedMappingTables` build plugin loads `Sources/External/Mappings/*.yaml` and embeds
/// them in packed form, so a binary copied anywhere has them and a run does not parse YAML. They
/// go through the same schema reader as a user's files, and only as much as a command
/// needs: ``bundledRegistry()`` for the registry,
/// ``bundled(for:overriddenBy:)`` for one ecosystem (and the ones it inherits from),
/// ``bundledHeaders()`` for choosing an ecosystem, ``bundled()`` for everything.
///
/// ``load(directory:)`` reads a user directory (`--mappings DIR`), and
/// ``overridden(by:)`` layers it on top: registry definitions and ecosystem entries with
/// the same id replace the shipped ones, new ones are added.
public struct MappingCatalog: Sendable {
    public var definitions: [RegistryDefinition] {
        didSet { index = RegistryIndex(definitions) }
    }
    public var ecosystems: [String: EcosystemMapping]
    private var index: RegistryIndex
    /// Shipped ecosystems this catalog did not load (see ``ecosystemIDs``).
    private var unloadedEcosystems: Set<String> = []

    public init(definitions: [RegistryDefinition] = [], ecosystems: [String: EcosystemMapping] = [:]) {
        self.definitions = definitions
        self.ecosystems = ecosystems
        index = RegistryIndex(definitions)
    }

    /// Every ecosystem id the catalog can map: those loaded, and the shipped ones a
    /// catalog of only some ecosystems left out. Sorted.
    public var ecosystemIDs: [String] {
        unloadedEcosystems.union(ecosystems.keys).sorted()
    }

    // MARK: The shipped tables

    /// The ids of the shipped ecosystems (the file `debian.yaml` holds `debian`), sorted.
    public static var bundledEcosystemIDs: [String] {
        EmbeddedMappingTables.names.filter { $0 != registryFile }.map { String($0.dropLast(".yaml".count)) }
    }

    private static let registryFile = "registry.yaml"

    /// Reads one shipped file with `read`, from the document the build loaded and embedded.
    private static func withShipped<Result>(
        _ name: String, _ read: (YAMLDocument.Node) throws(YAMLError) -> Result, header: Bool = false
    ) throws(YAMLError) -> Result? {
        guard let packed = EmbeddedMappingTables.packed(name) else { return nil }
        let loaded = packed.withUTF8Buffer { buffer in
            Swift.Result { () throws(YAMLError) in
                try YAMLLoader().loadPacked(buffer: buffer, file: name, stopBeforeKey: header ? "mappings" : nil)
            }
        }
        return try read(try loaded.get().root)
    }

    private static func shippedEcosystem(_ id: String, header: Bool = false) throws(YAMLError) -> EcosystemMapping? {
        try withShipped(id + ".yaml", { root throws(YAMLError) in try MappingFileReader.ecosystem(root) }, header: header)
    }

    /// Every table shipped with pepcheck.
    public static func bundled() throws(YAMLError) -> MappingCatalog {
        var catalog = try bundledRegistry()
        for id in bundledEcosystemIDs {
            if let mapping = try shippedEcosystem(id) { catalog.ecosystems[id] = mapping }
        }
        return catalog
    }

    /// The shipped registry alone (what the `[external]` lint rules need).
    public static func bundledRegistry() throws(YAMLError) -> MappingCatalog {
        let definitions = try withShipped(registryFile) { root throws(YAMLError) in
            try MappingFileReader.registry(root)
        }
        return MappingCatalog(definitions: definitions ?? [])
    }

    /// The shipped registry and the tables that mapping to `ecosystem` reads: its own and
    /// those it inherits from, following `inherits` as `user` overrides it; with `user`
    /// layered on top. The other shipped ecosystems are not read, but are listed by
    /// ``ecosystemIDs``.
    public static func bundled(for ecosystem: String, overriddenBy user: MappingCatalog = MappingCatalog())
        throws(YAMLError) -> MappingCatalog
    {
        var shipped = try bundledRegistry()
        var next: String? = ecosystem
        var visited: Set<String> = []
        while let id = next, visited.insert(id).inserted {
            if let mapping = try shippedEcosystem(id) { shipped.ecosystems[id] = mapping }
            next = user.ecosystems[id]?.inherits ?? shipped.ecosystems[id]?.inherits
        }
        shipped.unloadedEcosystems = Set(bundledEcosystemIDs).subtracting(shipped.ecosystems.keys)
        return shipped.overridden(by: user)
    }

    /// The header of every shipped ecosystem (name, `inherits`, `os-release-ids`,
    /// releases, package managers) without its entries, and no registry: what choosing
    /// an ecosystem needs. Each document is read only up to its `mappings` key.
    public static func bundledHeaders() throws(YAMLError) -> MappingCatalog {
        var catalog = MappingCatalog()
        for id in bundledEcosystemIDs {
            if let mapping = try shippedEcosystem(id, header: true) { catalog.ecosystems[id] = mapping }
        }
        return catalog
    }

    // MARK: User tables

    /// The largest table file read from a user directory (a table of 40,000 entries is 2.5 MB).
    public static let fileSizeLimit = 256 << 20

    /// Reads `registry.yaml` and every other `*.yaml` or `*.yml` file (an ecosystem) in
    /// `directory`, in bytewise order of their names. Messages name each file as the
    /// directory was written (relative stays relative). Only regular files (or links to
    /// them) are read: a FIFO or a device named `x.yaml` is an error, not a hang.
    public static func load(directory: String) throws(YAMLError) -> MappingCatalog {
        func unreadable(_ path: String, _ message: String) -> YAMLError {
            YAMLError(code: .unreadable, message: message, file: path, mark: YAMLMark(line: 1, column: 1, offset: 0))
        }
        let listing: (names: [String], undecodable: [UndecodableName])
        do {
            listing = try FileSystem.listing(ofDirectory: directory)
        } catch {
            throw unreadable(directory, "expected a readable directory, found `\(directory)` (\(reason(error)))")
        }
        func isTable(_ name: [UInt8]) -> Bool {
            let yaml = Array(".yaml".utf8), yml = Array(".yml".utf8)
            return name.suffix(yaml.count).elementsEqual(yaml) || name.suffix(yml.count).elementsEqual(yml)
        }
        // A table whose file name is not UTF-8 cannot be opened through a text path.
        if let entry = listing.undecodable.first(where: { isTable($0.bytes) }) {
            let path = (directory.hasSuffix("/") ? directory : directory + "/") + entry.shown
            throw unreadable(path, "expected a file name in UTF-8, found `\(entry.shown)`")
        }
        let names = listing.names.filter { isTable(Array($0.utf8)) }
        var catalog = MappingCatalog()
        for name in names {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            if let kind = FileSystem.kind(of: path), kind != .regular {
                throw unreadable(path, "expected a regular file, found `\(path)`, which is not one")
            }
            let bytes: [UInt8]
            do {
                // Checked again on the opened file: one swapped for a FIFO since cannot block.
                bytes = try FileSystem.readRegularFile(path, limit: fileSizeLimit)
            } catch {
                throw unreadable(path, "expected a readable file, found `\(path)` (\(reason(error)))")
            }
            try catalog.add(fileNamed: name, bytes: bytes, displayPath: path)
        }
        return catalog
    }

    /// The system's words for a failure (`No such file or directory`), else its message.
    private static func reason(_ error: SystemError) -> String {
        error.code == 0 ? error.message : String(cString: strerror(error.code))
    }

    /// Adds one file's content: `registry.yaml` extends the definitions, any other
    /// name is an ecosystem file (overriding an already loaded one of the same id).
    public mutating func add(fileNamed name: String, bytes: [UInt8], displayPath: String? = nil) throws(YAMLError) {
        let root = try YAMLLoader().loadDocument(bytes: bytes, file: displayPath ?? name).root
        if name == "registry.yaml" || name == "registry.yml" {
            merge(definitions: try MappingFileReader.registry(root))
        } else {
            let mapping = try MappingFileReader.ecosystem(root)
            ecosystems[mapping.ecosystem] = ecosystems[mapping.ecosystem].map { $0.overridden(by: mapping) } ?? mapping
        }
    }

    private mutating func merge(definitions new: [RegistryDefinition]) {
        guard !new.isEmpty else { return }
        var merged = definitions
        var positions = index.positions
        for definition in new {
            if let position = positions[definition.id] {
                merged[position] = definition
            } else {
                positions[definition.id] = merged.count
                merged.append(definition)
            }
        }
        definitions = merged
    }

    /// This catalog with `other` layered on top (see the type's overview).
    public func overridden(by other: MappingCatalog) -> MappingCatalog {
        var merged = self
        merged.merge(definitions: other.definitions)
        for (id, mapping) in other.ecosystems {
            merged.ecosystems[id] = merged.ecosystems[id].map { $0.overridden(by: mapping) } ?? mapping
        }
        merged.unloadedEcosystems.subtract(other.ecosystems.keys)
        return merged
    }

    // MARK: Queries

    /// The registry definition of `id` (compared without version).
    public func definition(for id: DepURL) -> RegistryDefinition? {
        index.positions[id.withoutVersion].map { definitions[$0] }
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
        if let owner = index.aliasOwners[key] { return definitions[owner].id }
        return key
    }

    /// Whether `url` (without version) is a defined id or an alias of one.
    public func knows(_ url: DepURL) -> Bool {
        let key = url.withoutVersion
        return index.positions[key] != nil || index.aliasOwners[key] != nil
    }

    /// Definitions that provide the virtual `id`, in registry order.
    public func providers(of id: DepURL) -> [DepURL] {
        (index.providers[id.withoutVersion] ?? []).map { definitions[$0].id }
    }

    /// The releases `--ecosystem ID+RELEASE` may name: those the ecosystem's file says
    /// its lists describe, then those that overrides keyed `ID+RELEASE` name in its file
    /// and the files it inherits from, in file order.
    public func releases(of ecosystem: String) -> [String] {
        guard let mapping = ecosystems[ecosystem] else { return [] }
        var result = mapping.releases
        var seen = Set(result)
        let prefix = ecosystem + "+"
        for file in inheritanceChain(of: ecosystem) {
            for entry in file.entries {
                for key in entry.releases.keys.sorted() where key.hasPrefix(prefix) {
                    let release = String(key.dropFirst(prefix.count))
                    if seen.insert(release).inserted { result.append(release) }
                }
            }
        }
        return result
    }

    /// `ecosystem`'s table, then the tables it inherits from, as far as they are loaded
    /// (a loop of `inherits` ends where it comes back).
    public func inheritanceChain(of ecosystem: String) -> [EcosystemMapping] {
        var chain: [EcosystemMapping] = []
        var visited: Set<String> = []
        var next: String? = ecosystem
        while let id = next, visited.insert(id).inserted, let mapping = ecosystems[id] {
            chain.append(mapping)
            next = mapping.inherits
        }
        return chain
    }
}

/// Lookup tables over the registry's definitions, rebuilt whenever they change.
private struct RegistryIndex: Sendable {
    /// The position of each id's definition.
    var positions: [DepURL: Int] = [:]
    /// The first definition listing each alias.
    var aliasOwners: [DepURL: Int] = [:]
    /// The definitions providing each id, in registry order.
    var providers: [DepURL: [Int]] = [:]

    init(_ definitions: [RegistryDefinition]) {
        positions.reserveCapacity(definitions.count)
        for (position, definition) in definitions.enumerated() {
            if positions[definition.id] == nil { positions[definition.id] = position }
            for alias in definition.aliases where aliasOwners[alias] == nil { aliasOwners[alias] = position }
            for provided in definition.provides where providers[provided]?.last != position {
                providers[provided, default: []].append(position)
            }
        }
    }
}
