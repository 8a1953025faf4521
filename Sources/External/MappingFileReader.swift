import YAML

/// Reads `registry.yaml` and ecosystem files (schema v1, MAPPINGS-SCHEMA.md) from
/// loaded YAML documents, in place, rejecting unknown keys and malformed values with
/// file:line:column.
///
/// A node is a position in its document; keys are compared as small strings and
/// DepURLs read from the scalar's bytes, so a table of 40,000 entries costs its entries,
/// not a tree of them.
enum MappingFileReader {
    static let schemaVersion = "1"

    private static func checkSchemaVersion(_ root: YAMLDocument.Node) throws(YAMLError) {
        let node = try root.required("schema-version")
        let version = try node.asString()
        guard version == schemaVersion else {
            throw node.error(.invalidValue, "expected schema-version `\(schemaVersion)`, found `\(version)`")
        }
    }

    static func registry(_ root: YAMLDocument.Node) throws(YAMLError) -> [RegistryDefinition] {
        try root.checkKeys(allowed: ["schema-version", "definitions"])
        try checkSchemaVersion(root)
        var result: [RegistryDefinition] = []
        var seen: [DepURL: YAMLMark] = [:]
        let items = try root.list("definitions")
        result.reserveCapacity(items.count)
        for item in items {
            var idNode, descriptionNode, providesNode, aliasesNode, urlsNode: YAMLDocument.Node?
            for pair in try item.asMapping() {
                switch pair.name {
                case "id": idNode = pair.value
                case "description": descriptionNode = pair.value
                case "provides": providesNode = pair.value
                case "aliases": aliasesNode = pair.value
                case "urls": urlsNode = pair.value
                default: try item.checkKeys(allowed: ["id", "description", "provides", "aliases", "urls"])
                }
            }
            guard let idNode else { throw item.error(.missingKey, "expected key `id`, found a mapping without it") }
            let id = try idNode.depURL()
            if let first = seen.updateValue(idNode.mark, forKey: id) {
                throw idNode.error(.duplicateKey, "expected each id once, found `\(id)` again (first at \(first))")
            }
            var provides: [DepURL] = []
            for node in try providesNode?.asList() ?? .empty { provides.append(try node.depURL()) }
            if id.isVirtual, let node = providesNode {
                throw node.error(.invalidValue, "expected no `provides` on a virtual definition, found `provides`")
            }
            var aliases: [DepURL] = []
            for node in try aliasesNode?.asList() ?? .empty { aliases.append(try node.depURL()) }
            var urls: [(name: String, url: String)] = []
            for pair in try urlsNode?.asMapping() ?? .empty { urls.append((pair.name, try pair.value.asString())) }
            result.append(RegistryDefinition(
                id: id, description: try descriptionNode?.asString() ?? "",
                provides: provides, aliases: aliases, urls: urls))
        }
        return result
    }

    static func ecosystem(_ root: YAMLDocument.Node) throws(YAMLError) -> EcosystemMapping {
        try root.checkKeys(allowed: [
            "schema-version", "ecosystem", "name", "description", "inherits", "os-release-ids", "releases",
            "package-managers", "mappings",
        ])
        try checkSchemaVersion(root)
        var managers: [PackageManager] = []
        for node in try root["package-managers"]?.asList() ?? .empty { managers.append(try packageManager(node)) }
        let defaults = managers.filter(\.isDefault).count
        if !managers.isEmpty && defaults != 1 {
            throw try root.required("package-managers").error(
                .invalidValue, "expected exactly one default package manager, found \(defaults)")
        }
        var entries: [MappingEntry] = []
        var index: [DepURL: Int] = [:]
        let nodes = try root["mappings"]?.asList() ?? .empty
        entries.reserveCapacity(nodes.count)
        index.reserveCapacity(nodes.count)
        for node in nodes {
            let entry = try mappingEntry(node)
            if let first = index.updateValue(entries.count, forKey: entry.id) {
                let firstMark = Array(nodes.prefix(first + 1))[first].mark
                throw try node.required("id").error(
                    .duplicateKey, "expected each id once, found `\(entry.id)` again (first at \(firstMark))")
            }
            entries.append(entry)
        }
        let ecosystem = try root.string("ecosystem")
        let mapping = EcosystemMapping(
            ecosystem: ecosystem, name: try root.optionalString("name") ?? ecosystem,
            inherits: try root.optionalString("inherits"), osReleaseIDs: try root.stringList("os-release-ids"),
            releases: try root.stringList("releases"), packageManagers: managers, entries: entries, index: index,
            source: root.file)
        if let cycle = mapping.sameAsCycle(), let position = entries.firstIndex(where: { $0.id == cycle[0] }) {
            throw try Array(nodes)[position].required("same-as").error(.invalidValue, sameAsCycleMessage(cycle))
        }
        return mapping
    }

    /// The message for a `same-as` cycle, which would otherwise leave its ids unmapped.
    static func sameAsCycleMessage(_ cycle: [DepURL]) -> String {
        "expected `same-as` to lead to a mapping, found the cycle "
            + cycle.map { "`\($0)`" }.joined(separator: " → ")
    }

    private static func command(_ node: YAMLDocument.Node) throws(YAMLError) -> CommandTemplate {
        try node.checkKeys(allowed: ["command", "requires-elevation"])
        let arguments = try node.required("command").asStringList()
        let placeholders = arguments.filter { $0.contains("{}") }.count
        guard placeholders == 1 else {
            throw try node.required("command").error(
                .invalidValue, "expected exactly one argument with a `{}` placeholder, found \(placeholders)")
        }
        let elevation = try node["requires-elevation"]?.asBool()
        return CommandTemplate(arguments: arguments, requiresElevation: elevation ?? false)
    }

    private static func packageManager(_ node: YAMLDocument.Node) throws(YAMLError) -> PackageManager {
        try node.checkKeys(allowed: ["name", "default", "install", "query", "version-syntax"])
        var syntax: VersionSyntax?
        if let syntaxNode = node["version-syntax"] {
            let nameOnly = try syntaxNode.optionalString("name-only")
            try syntaxNode.checkKeys(allowed: ["name-only", "exact", "ranges"])
            var ranges: [DepURLVersion.Operator: String] = [:]
            var joiner: String?
            if let rangesNode = syntaxNode["ranges"] {
                try rangesNode.checkKeys(allowed: Set(["and"] + DepURLVersion.Operator.allCases.map(\.rawValue)))
                joiner = try rangesNode.string("and")
                for op in DepURLVersion.Operator.allCases {
                    if let template = try rangesNode.optionalString(op.rawValue) { ranges[op] = template }
                }
            }
            syntax = VersionSyntax(
                nameOnly: nameOnly ?? "{name}",
                exact: try syntaxNode.optionalString("exact"), rangeJoiner: joiner, ranges: ranges)
        }
        var query: CommandTemplate?
        if let queryNode = node["query"] { query = try command(queryNode) }
        let isDefault = try node["default"]?.asBool()
        return PackageManager(
            name: try node.string("name"), isDefault: isDefault ?? false,
            install: try node["install"].map { node throws(YAMLError) in try command(node) }, query: query, versionSyntax: syntax)
    }

    /// The package lists of an entry or of a `releases` override.
    private struct SpecNodes {
        var build, host, run, packages: YAMLDocument.Node?

        static let keys: Set<String> = ["build", "host", "run", "packages"]

        /// Keeps `value` when `key` is one of ``keys``; false for any other key.
        mutating func take(_ key: String, _ value: YAMLDocument.Node) -> Bool {
            switch key {
            case "build": build = value
            case "host": host = value
            case "run": run = value
            case "packages": packages = value
            default: return false
            }
            return true
        }

        var hasLists: Bool { build != nil || host != nil || run != nil }

        /// `packages` for all three categories, or `build`/`host`/`run` each (absent
        /// lists are empty).
        func specs() throws(YAMLError) -> PackageSpecs {
            if let packages {
                let list = try packages.asStringList()
                return PackageSpecs(build: list, host: list, run: list)
            }
            return PackageSpecs(
                build: try build?.asStringList() ?? [], host: try host?.asStringList() ?? [],
                run: try run?.asStringList() ?? [])
        }
    }

    private static let entryKeys = SpecNodes.keys.union([
        "id", "description", "releases", "not-packaged", "note", "same-as", "urls",
    ])

    private static func mappingEntry(_ node: YAMLDocument.Node) throws(YAMLError) -> MappingEntry {
        // One pass over the entry's keys: a table has thousands of entries.
        var lists = SpecNodes()
        var idNode, releasesNode, notPackagedNode, noteNode, sameAsNode: YAMLDocument.Node?
        for pair in try node.asMapping() {
            let key = pair.name
            guard !lists.take(key, pair.value) else { continue }
            switch key {
            case "id": idNode = pair.value
            case "releases": releasesNode = pair.value
            case "not-packaged": notPackagedNode = pair.value
            case "note": noteNode = pair.value
            case "same-as": sameAsNode = pair.value
            case "description", "urls": break
            default: try node.checkKeys(allowed: entryKeys)
            }
        }
        guard let idNode else { throw node.error(.missingKey, "expected key `id`, found a mapping without it") }
        let id = try idNode.depURL()
        let forms = [lists.hasLists, lists.packages != nil, notPackagedNode != nil, sameAsNode != nil]
            .reduce(0) { $0 + ($1 ? 1 : 0) }
        guard forms <= 1 else {
            throw node.error(.invalidValue,
                             "expected one of `build`/`host`/`run`, `packages`, `not-packaged`, `same-as`, found several")
        }
        let kind: MappingEntry.Kind
        if let flag = notPackagedNode {
            guard try flag.asBool() else {
                throw flag.error(.invalidValue, "expected `not-packaged: \"true\"` or no key, found `false`")
            }
            kind = .notPackaged(note: try noteNode?.asString())
        } else if let target = sameAsNode {
            kind = .sameAs(try target.depURL())
        } else {
            kind = .packages(try lists.specs())
        }
        var releases: [String: PackageSpecs] = [:]
        for pair in try releasesNode?.asMapping() ?? .empty {
            var override = SpecNodes()
            for field in try pair.value.asMapping() where !override.take(field.name, field.value) {
                try pair.value.checkKeys(allowed: SpecNodes.keys)
            }
            releases[pair.name] = try override.specs()
        }
        return MappingEntry(id: id, kind: kind, releases: releases)
    }
}

