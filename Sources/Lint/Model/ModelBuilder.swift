import Diagnostics
import External
import PEP508
import TOML

/// Reads the TOML tree of a document into ``PyProject``, checking the type of
/// every field on the way. Type problems become ``ShapeIssue`` values reported by the
/// shape rules (PC105 wrong type, PC108 unknown `[project]` key, PC5xx for `[external]`,
/// PC404 for group items).
struct ModelBuilder {
    private(set) var issues: [ShapeIssue] = []

    /// The `[project]` keys of the pyproject.toml specification.
    static let projectKeys: Set<String> = [
        "name", "version", "description", "readme", "requires-python", "license", "license-files",
        "authors", "maintainers", "keywords", "classifiers", "urls", "scripts", "gui-scripts",
        "entry-points", "dependencies", "optional-dependencies", "import-names", "import-namespaces",
        "dynamic",
    ]

    mutating func build(root: TOMLTable, into document: inout PyProject) {
        if let entry = root.entry("build-system") { document.buildSystem = buildSystem(entry) }
        if let entry = root.entry("project") { document.project = project(entry) }
        if let entry = root.entry("dependency-groups") { document.dependencyGroups = groups(entry) }
        if let entry = root.entry("external") { document.external = external(entry) }
        if let tool = root["tool"]?.table, let entry = tool.entry("pepcheck") {
            var reader = ConfigurationReader()
            document.configuration = reader.read(entry)
            issues += reader.issues
        }
        document.shapeIssues = issues
    }

    // MARK: - Type checks

    private mutating func wrongType(_ node: TOMLValue, at path: String, expected: String) {
        issues.append(ShapeIssue(
            code: "PC105", span: node.span,
            message: "expected \(expected) for `\(path)`, found \(node.typeName)"))
    }

    private mutating func table(_ entry: TOMLTable.Entry, path: String) -> TOMLTable? {
        guard let table = entry.value.table else {
            wrongType(entry.value, at: path, expected: "a table")
            return nil
        }
        return table
    }

    private mutating func string(_ node: TOMLValue, path: String) -> TextValue? {
        guard let text = node.text else {
            wrongType(node, at: path, expected: "a string")
            return nil
        }
        return text
    }

    private mutating func strings(_ node: TOMLValue, path: String) -> [TextValue] {
        guard let items = node.array else {
            wrongType(node, at: path, expected: "an array of strings")
            return []
        }
        return items.compactMap { string($0, path: path + "[]") }
    }

    private mutating func requirements(_ node: TOMLValue, path: String, scope: String) -> [RequirementEntry] {
        strings(node, path: path).map { RequirementEntry(text: $0, scope: scope) }
    }

    // MARK: - Tables

    private mutating func buildSystem(_ entry: TOMLTable.Entry) -> BuildSystem? {
        guard let table = table(entry, path: "build-system") else { return nil }
        var model = BuildSystem(span: entry.key.span)
        if let node = table["requires"] {
            model.requires = requirements(node, path: "build-system.requires", scope: "build-system.requires")
        }
        if let node = table["build-backend"], let text = string(node, path: "build-system.build-backend") {
            model.buildBackend = Spanned(text.string, span: text.span)
        }
        if let node = table["backend-path"] {
            model.backendPath = strings(node, path: "build-system.backend-path").map { Spanned($0.string, span: $0.span) }
        }
        return model
    }

    private mutating func project(_ entry: TOMLTable.Entry) -> Project? {
        guard let table = table(entry, path: "project") else { return nil }
        var model = Project(span: entry.key.span)
        for item in table.entries {
            model.keys.append(Spanned(item.key.name, span: item.key.span))
            let path = "project." + item.key.name
            let node = item.value
            switch item.key.name {
            case "name", "version", "requires-python", "description":
                guard let text = string(node, path: path) else { continue }
                switch item.key.name {
                case "name": model.name = text
                case "version": model.version = text
                case "requires-python": model.requiresPython = text
                default: break
                }
            case "dependencies":
                model.dependencies = requirements(node, path: path, scope: "dependencies")
            case "optional-dependencies":
                guard let extras = self.table(item, path: path) else { continue }
                for extra in extras.entries {
                    let reqs = requirements(extra.value, path: path + "." + extra.key.name,
                                            scope: "optional-dependencies." + extra.key.name)
                    model.optionalDependencies.append((Spanned(extra.key.name, span: extra.key.span), reqs))
                }
            case "dynamic":
                model.dynamic = strings(node, path: path).map { Spanned($0.string, span: $0.span) }
            case "readme":
                if node.text == nil { checkTable(node, path: path, fields: ["file": .string, "text": .string, "content-type": .string], expected: "a string or a table") }
            case "license":
                if node.text == nil { checkTable(node, path: path, fields: ["file": .string, "text": .string], expected: "a string (an SPDX expression) or a table") }
            case "license-files", "keywords", "classifiers", "import-names", "import-namespaces":
                _ = strings(node, path: path)
            case "authors", "maintainers":
                guard let people = node.array else {
                    wrongType(node, at: path, expected: "an array of tables")
                    continue
                }
                for person in people {
                    checkTable(person, path: path + "[]", fields: ["name": .string, "email": .string], expected: "a table")
                }
            case "urls", "scripts", "gui-scripts":
                guard let urls = self.table(item, path: path) else { continue }
                for url in urls.entries { _ = string(url.value, path: path + "." + url.key.name) }
            case "entry-points":
                guard let groups = self.table(item, path: path) else { continue }
                for group in groups.entries {
                    guard let points = self.table(group, path: path + "." + group.key.name) else { continue }
                    for point in points.entries { _ = string(point.value, path: path + "." + group.key.name + "." + point.key.name) }
                }
            default:
                issues.append(ShapeIssue(
                    code: "PC108", span: item.key.span,
                    message: "expected a field of the pyproject.toml specification, found `project.\(item.key.name)`",
                    help: ["tool-specific settings belong under `[tool.NAME]`"]))
            }
        }
        return model
    }

    private enum FieldKind { case string }

    /// A table with known string fields; other keys are reported as wrong.
    private mutating func checkTable(_ node: TOMLValue, path: String, fields: [String: FieldKind], expected: String) {
        guard let table = node.table else {
            wrongType(node, at: path, expected: expected)
            return
        }
        for entry in table.entries {
            if fields[entry.key.name] != nil {
                _ = string(entry.value, path: path + "." + entry.key.name)
            } else {
                issues.append(ShapeIssue(
                    code: "PC105", span: entry.key.span,
                    message: "expected one of \(fields.keys.sorted().map { "`\($0)`" }.joined(separator: ", ")) in `\(path)`, found `\(entry.key.name)`"))
            }
        }
    }

    private mutating func groups(_ entry: TOMLTable.Entry) -> [DependencyGroup] {
        guard let table = table(entry, path: "dependency-groups") else { return [] }
        var groups: [DependencyGroup] = []
        for group in table.entries {
            let path = "dependency-groups." + group.key.name
            guard let items = group.value.array else {
                wrongType(group.value, at: path, expected: "an array")
                continue
            }
            var model = DependencyGroup(name: Spanned(group.key.name, span: group.key.span), items: [])
            for item in items {
                if let text = item.text {
                    model.items.append(.requirement(RequirementEntry(text: text, scope: path)))
                } else if let include = item.table, include.entries.count == 1,
                          let only = include.entries.first, only.key.name == "include-group", let name = only.value.text {
                    model.items.append(.include(Spanned(name.string, span: name.span)))
                } else {
                    issues.append(ShapeIssue(
                        code: "PC404", span: item.span,
                        message: "expected a requirement string or `{include-group = \"NAME\"}` in `\(path)`, found \(describe(item))"))
                }
            }
            groups.append(model)
        }
        return groups
    }

    private func describe(_ node: TOMLValue) -> String {
        guard let table = node.table else { return Self.withArticle(node.typeName) }
        let keys = table.entries.map { "`\($0.key.name)`" }.joined(separator: ", ")
        return keys.isEmpty ? "an empty table" : "a table with keys \(keys)"
    }

    /// `[external]`: the External module checks the table's shape; the strings under
    /// its keys are kept with their spans for the DepURL rules.
    private mutating func external(_ entry: TOMLTable.Entry) -> ExternalSection {
        var model = ExternalSection(span: entry.key.span)
        let (_, problems) = ExternalTable.read(Self.externalValue(entry.value))
        let topKeys = entry.value.table?.entries ?? []
        // Looked up by span once per problem: a table of many unknown keys stays linear.
        var keyAt: [Range<Int>: String] = [:]
        for item in topKeys { keyAt[item.key.span] = item.key.name }
        for problem in problems where problem.parseError == nil {
            // An unknown top-level key is reported on its key; every other shape problem
            // (types, duplicate or unknown names) on its value.
            if let key = keyAt[problem.span] {
                issues.append(ShapeIssue(
                    code: "PC501", span: problem.span,
                    message: "expected one of the seven `[external]` keys, found `\(key)`",
                    help: Self.nearestKey(key).map { ["did you mean `\($0)`?"] } ?? []))
            } else {
                issues.append(ShapeIssue(code: "PC502", span: problem.span, message: problem.message))
            }
        }
        for item in topKeys where ExternalTable.keys.contains(item.key.name) {
            collectStrings(item.value, key: item.key.name, into: &model.specifiers)
        }
        return model
    }

    /// Every string below `value` except the names of `{include-group = …}` tables.
    private func collectStrings(_ value: TOMLValue, key: String, into out: inout [ExternalSpecifier]) {
        if let text = value.text {
            out.append(ExternalSpecifier(key: key, text: text))
        } else if let items = value.array {
            for item in items { collectStrings(item, key: key, into: &out) }
        } else if let table = value.table {
            for entry in table.entries where entry.key.name != "include-group" {
                collectStrings(entry.value, key: key, into: &out)
            }
        }
    }

    /// The TOML value in the External module's neutral shape.
    private static func externalValue(_ value: TOMLValue) -> ExternalValue {
        if let text = value.tomlString { return .string(text.value, span: value.span) }
        if let items = value.array { return .array(items.map(externalValue), span: value.span) }
        if let table = value.table {
            return .table(table.entries.map {
                ExternalTableEntry(key: $0.key.name, keySpan: $0.key.span, value: externalValue($0.value))
            }, span: value.span)
        }
        return .other(typeName: withArticle(value.typeName), span: value.span)
    }

    /// `an array`, `a string`: a TOML type name as a message says it.
    static func withArticle(_ typeName: String) -> String {
        ("aeiou".contains(typeName.first ?? "x") ? "an " : "a ") + typeName
    }

    /// The PEP 725 key a misspelt one most likely meant.
    private static func nearestKey(_ key: String) -> String? {
        let normalized = PackageName.normalize(key)
        return ExternalTable.keys.first {
            PackageName.normalize($0) == normalized || $0.hasPrefix(normalized) || normalized.hasPrefix($0)
        }
    }
}

extension TOMLValue {
    /// The value as a linted string, when it is one.
    var text: TextValue? { tomlString.map { TextValue($0, span: span) } }
}
