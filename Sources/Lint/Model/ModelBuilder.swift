import Diagnostics

/// Reads the ``Node`` tree of a document into ``PyProject``, checking the type of
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

    mutating func build(root: Table, into document: inout PyProject) {
        if let entry = root.entry("build-system") { document.buildSystem = buildSystem(entry) }
        if let entry = root.entry("project") { document.project = project(entry) }
        if let entry = root.entry("dependency-groups") { document.dependencyGroups = groups(entry) }
        if let entry = root.entry("external") { document.external = external(entry) }
        if let tool = root["tool"]?.table, let entry = tool.entry("pepcheck") {
            document.configuration = configuration(entry)
        }
        document.shapeIssues = issues
    }

    // MARK: - Type checks

    private mutating func wrongType(_ node: Node, at path: String, expected: String) {
        issues.append(ShapeIssue(
            code: "PC105", span: node.span,
            message: "expected \(expected) for `\(path)`, found \(node.typeName)"))
    }

    private mutating func table(_ entry: Table.Entry, path: String) -> Table? {
        guard let table = entry.value.table else {
            wrongType(entry.value, at: path, expected: "a table")
            return nil
        }
        return table
    }

    private mutating func string(_ node: Node, path: String) -> TextValue? {
        guard let text = node.text else {
            wrongType(node, at: path, expected: "a string")
            return nil
        }
        return text
    }

    private mutating func strings(_ node: Node, path: String) -> [TextValue] {
        guard let items = node.array else {
            wrongType(node, at: path, expected: "an array of strings")
            return []
        }
        return items.compactMap { string($0, path: path + "[]") }
    }

    private mutating func requirements(_ node: Node, path: String, scope: String) -> [RequirementEntry] {
        strings(node, path: path).map { RequirementEntry(text: $0, scope: scope) }
    }

    // MARK: - Tables

    private mutating func buildSystem(_ entry: Table.Entry) -> BuildSystem? {
        guard let table = table(entry, path: "build-system") else { return nil }
        var model = BuildSystem(span: entry.keySpan)
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

    private mutating func project(_ entry: Table.Entry) -> Project? {
        guard let table = table(entry, path: "project") else { return nil }
        var model = Project(span: entry.keySpan)
        for item in table.entries {
            model.keys.append(Spanned(item.key, span: item.keySpan))
            let path = "project." + item.key
            let node = item.value
            switch item.key {
            case "name", "version", "requires-python", "description":
                guard let text = string(node, path: path) else { continue }
                switch item.key {
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
                    let reqs = requirements(extra.value, path: path + "." + extra.key,
                                            scope: "optional-dependencies." + extra.key)
                    model.optionalDependencies.append((Spanned(extra.key, span: extra.keySpan), reqs))
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
                for url in urls.entries { _ = string(url.value, path: path + "." + url.key) }
            case "entry-points":
                guard let groups = self.table(item, path: path) else { continue }
                for group in groups.entries {
                    guard let points = self.table(group, path: path + "." + group.key) else { continue }
                    for point in points.entries { _ = string(point.value, path: path + "." + group.key + "." + point.key) }
                }
            default:
                issues.append(ShapeIssue(
                    code: "PC108", span: item.keySpan,
                    message: "expected a field of the pyproject.toml specification, found `project.\(item.key)`",
                    help: ["tool-specific settings belong under `[tool.NAME]`"]))
            }
        }
        return model
    }

    private enum FieldType { case string }

    /// A table with known string fields; other keys are reported as wrong.
    private mutating func checkTable(_ node: Node, path: String, fields: [String: FieldType], expected: String) {
        guard let table = node.table else {
            wrongType(node, at: path, expected: expected)
            return
        }
        for entry in table.entries {
            if fields[entry.key] != nil {
                _ = string(entry.value, path: path + "." + entry.key)
            } else {
                issues.append(ShapeIssue(
                    code: "PC105", span: entry.keySpan,
                    message: "expected one of \(fields.keys.sorted().map { "`\($0)`" }.joined(separator: ", ")) in `\(path)`, found `\(entry.key)`"))
            }
        }
    }

    private mutating func groups(_ entry: Table.Entry) -> [DependencyGroup] {
        guard let table = table(entry, path: "dependency-groups") else { return [] }
        var groups: [DependencyGroup] = []
        for group in table.entries {
            let path = "dependency-groups." + group.key
            guard let items = group.value.array else {
                wrongType(group.value, at: path, expected: "an array")
                continue
            }
            var model = DependencyGroup(name: Spanned(group.key, span: group.keySpan), items: [])
            for item in items {
                if let text = item.text {
                    model.items.append(.requirement(RequirementEntry(text: text, scope: path)))
                } else if let include = item.table, include.entries.count == 1,
                          let only = include.entries.first, only.key == "include-group", let name = only.value.text {
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

    private func describe(_ node: Node) -> String {
        guard let table = node.table else { return "a " + node.typeName }
        let keys = table.entries.map { "`\($0.key)`" }.joined(separator: ", ")
        return keys.isEmpty ? "an empty table" : "a table with keys \(keys)"
    }

    private mutating func external(_ entry: Table.Entry) -> ExternalTable? {
        guard let table = entry.value.table else {
            issues.append(ShapeIssue(code: "PC502", span: entry.value.span,
                                     message: "expected a table for `external`, found \(entry.value.typeName)"))
            return nil
        }
        var model = ExternalTable(span: entry.keySpan)
        for item in table.entries {
            let path = "external." + item.key
            guard ExternalTable.keys.contains(item.key) else {
                issues.append(ShapeIssue(
                    code: "PC501", span: item.keySpan,
                    message: "expected one of the seven `[external]` keys, found `\(item.key)`",
                    help: nearest(item.key, in: ExternalTable.keys).map { ["did you mean `\($0)`?"] } ?? []))
                continue
            }
            if ExternalTable.listKeys.contains(item.key) {
                model.specifiers += externalList(item.value, path: path).map { (item.key, $0) }
            } else if let lists = item.value.table {
                for list in lists.entries {
                    model.specifiers += externalList(list.value, path: path + "." + list.key).map { (item.key, $0) }
                }
            } else {
                externalType(item.value, path: path, expected: "a table of arrays of strings")
            }
        }
        return model
    }

    private mutating func externalList(_ node: Node, path: String) -> [TextValue] {
        guard let items = node.array else {
            externalType(node, path: path, expected: "an array of strings")
            return []
        }
        var texts: [TextValue] = []
        for item in items {
            if let text = item.text {
                texts.append(text)
            } else if path.hasPrefix("external.dependency-groups."), let include = item.table,
                      include.entries.count == 1, include.entries[0].key == "include-group" {
                continue
            } else {
                externalType(item, path: path + "[]", expected: "a string")
            }
        }
        return texts
    }

    private mutating func externalType(_ node: Node, path: String, expected: String) {
        issues.append(ShapeIssue(code: "PC502", span: node.span,
                                 message: "expected \(expected) for `\(path)`, found \(node.typeName)"))
    }

    private func nearest(_ key: String, in candidates: [String]) -> String? {
        let normalized = PackageName.normalized(key)
        return candidates.first { PackageName.normalized($0) == normalized || $0.hasPrefix(normalized) || normalized.hasPrefix($0) }
    }

    // MARK: - Configuration

    private mutating func configuration(_ entry: Table.Entry) -> Configuration {
        var config = Configuration()
        guard let table = table(entry, path: "tool.pepcheck") else { return config }
        for item in table.entries {
            let path = "tool.pepcheck." + item.key
            switch item.key {
            case "select": config.select = strings(item.value, path: path).map(\.string)
            case "ignore": config.ignore = strings(item.value, path: path).map(\.string)
            case "rules":
                guard let rules = self.table(item, path: path) else { continue }
                for rule in rules.entries {
                    guard let code = RuleRegistry.code(for: rule.key) else {
                        issues.append(ShapeIssue(code: "PC009", span: rule.keySpan,
                                                 message: "expected a rule code or name, found `\(rule.key)`"))
                        continue
                    }
                    guard let options = self.table(rule, path: path + "." + rule.key) else { continue }
                    for option in options.entries {
                        guard option.key == "severity" else {
                            issues.append(ShapeIssue(code: "PC009", span: option.keySpan,
                                                     message: "expected `severity`, found `\(option.key)`"))
                            continue
                        }
                        guard let text = string(option.value, path: path + "." + rule.key + ".severity") else { continue }
                        if let severity = Severity(rawValue: text.string) {
                            config.severities[code] = severity
                        } else {
                            issues.append(ShapeIssue(code: "PC009", span: text.span,
                                                     message: "expected `error`, `warning` or `info`, found `\(text.string)`"))
                        }
                    }
                }
            default:
                issues.append(ShapeIssue(code: "PC009", span: item.keySpan,
                                         message: "expected `select`, `ignore` or `rules`, found `\(item.key)`"))
            }
        }
        return config
    }
}
