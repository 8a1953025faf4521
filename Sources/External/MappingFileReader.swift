import YAML

/// Reads `registry.yaml` and ecosystem files (schema v1, MAPPINGS-SCHEMA.md) from
/// YAML nodes, rejecting unknown keys and malformed values with file:line:column.
enum MappingFileReader {
    static let schemaVersion = "1"

    private static func checkSchemaVersion(_ root: YAMLNode) throws(YAMLError) {
        let node = try root.required("schema-version")
        let version = try node.asString()
        guard version == schemaVersion else {
            throw node.error(.invalidValue, "expected schema-version `\(schemaVersion)`, found `\(version)`")
        }
    }

    static func registry(_ root: YAMLNode) throws(YAMLError) -> [RegistryDefinition] {
        try root.checkKeys(allowed: ["schema-version", "definitions"])
        try checkSchemaVersion(root)
        var result: [RegistryDefinition] = []
        var seen: [DepURL: YAMLMark] = [:]
        for item in try root.list("definitions") {
            try item.checkKeys(allowed: ["id", "description", "provides", "aliases", "urls"])
            let idNode = try item.required("id")
            let id = try idNode.depURL()
            if let first = seen[id] {
                throw idNode.error(.duplicateKey, "expected each id once, found `\(id)` again (first at \(first))")
            }
            seen[id] = idNode.mark
            var provides: [DepURL] = []
            for node in try item["provides"]?.asList() ?? [] { provides.append(try node.depURL()) }
            if id.isVirtual, let node = item["provides"] {
                throw node.error(.invalidValue, "expected no `provides` on a virtual definition, found `provides`")
            }
            var aliases: [DepURL] = []
            for node in try item["aliases"]?.asList() ?? [] { aliases.append(try node.depURL()) }
            var urls: [(name: String, url: String)] = []
            for pair in try item["urls"]?.asMapping() ?? [] { urls.append((pair.name, try pair.value.asString())) }
            let description = try item.optionalString("description")
            result.append(RegistryDefinition(
                id: id, description: description ?? "",
                provides: provides, aliases: aliases, urls: urls))
        }
        return result
    }

    static func ecosystem(_ root: YAMLNode) throws(YAMLError) -> EcosystemMapping {
        try root.checkKeys(allowed: [
            "schema-version", "ecosystem", "name", "description", "inherits", "os-release-ids", "package-managers",
            "mappings",
        ])
        try checkSchemaVersion(root)
        var managers: [PackageManager] = []
        for node in try root["package-managers"]?.asList() ?? [] { managers.append(try packageManager(node)) }
        let defaults = managers.filter(\.isDefault).count
        if !managers.isEmpty && defaults != 1 {
            throw try root.required("package-managers").error(
                .invalidValue, "expected exactly one default package manager, found \(defaults)")
        }
        var entries: [MappingEntry] = []
        var seen: [DepURL: YAMLMark] = [:]
        for node in try root["mappings"]?.asList() ?? [] {
            let entry = try mappingEntry(node)
            if let first = seen[entry.id] {
                throw try node.required("id").error(
                    .duplicateKey, "expected each id once, found `\(entry.id)` again (first at \(first))")
            }
            seen[entry.id] = node.mark
            entries.append(entry)
        }
        let ecosystem = try root.string("ecosystem")
        return EcosystemMapping(
            ecosystem: ecosystem, name: try root.optionalString("name") ?? ecosystem,
            inherits: try root.optionalString("inherits"), osReleaseIDs: try root.stringList("os-release-ids"),
            packageManagers: managers, entries: entries, source: root.file)
    }

    private static func command(_ node: YAMLNode) throws(YAMLError) -> CommandTemplate {
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

    private static func packageManager(_ node: YAMLNode) throws(YAMLError) -> PackageManager {
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

    private static func specs(_ node: YAMLNode, shorthand: String?) throws(YAMLError) -> PackageSpecs {
        if let shorthand {
            let packages = try node.stringList(shorthand)
            return PackageSpecs(build: packages, host: packages, run: packages)
        }
        return PackageSpecs(
            build: try node.stringList("build"), host: try node.stringList("host"), run: try node.stringList("run"))
    }

    private static func mappingEntry(_ node: YAMLNode) throws(YAMLError) -> MappingEntry {
        try node.checkKeys(allowed: ["id", "description", "build", "host", "run", "packages", "releases",
                                     "not-packaged", "note", "same-as", "urls"])
        let id = try node.required("id").depURL()
        let hasLists = ["build", "host", "run"].contains { node[$0] != nil }
        let forms = [hasLists, node["packages"] != nil, node["not-packaged"] != nil, node["same-as"] != nil]
        guard forms.filter({ $0 }).count <= 1 else {
            throw node.error(.invalidValue,
                             "expected one of `build`/`host`/`run`, `packages`, `not-packaged`, `same-as`, found several")
        }
        let kind: MappingEntry.Kind
        if let flag = node["not-packaged"] {
            guard try flag.asBool() else {
                throw flag.error(.invalidValue, "expected `not-packaged: \"true\"` or no key, found `false`")
            }
            kind = .notPackaged(note: try node.optionalString("note"))
        } else if let target = node["same-as"] {
            kind = .sameAs(try target.depURL())
        } else {
            kind = .packages(try specs(node, shorthand: node["packages"] != nil ? "packages" : nil))
        }
        var releases: [String: PackageSpecs] = [:]
        for pair in try node["releases"]?.asMapping() ?? [] {
            try pair.value.checkKeys(allowed: ["build", "host", "run", "packages"])
            releases[pair.name] = try specs(pair.value, shorthand: pair.value["packages"] != nil ? "packages" : nil)
        }
        return MappingEntry(id: id, kind: kind, releases: releases)
    }
}
