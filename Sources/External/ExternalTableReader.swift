import PEP440

/// Builds an ``ExternalTable`` from an ``ExternalValue``, collecting issues.
struct ExternalTableReader {
    var issues: [ExternalTableIssue] = []

    private mutating func issue(_ message: String, _ span: Range<Int>, _ error: ParseError? = nil) {
        issues.append(ExternalTableIssue(
            kind: error?.kind ?? .invalidExternalTable, message: message, span: span, parseError: error))
    }

    mutating func read(_ value: ExternalValue) -> ExternalTable {
        var table = ExternalTable()
        guard case .table(let entries, _) = value else {
            issue("expected `[external]` to be a table, found \(value.typeName)", value.span)
            return table
        }
        for entry in entries {
            switch entry.key {
            case "build-requires": table.buildRequires = specifiers(entry.value, key: entry.key)
            case "host-requires": table.hostRequires = specifiers(entry.value, key: entry.key)
            case "dependencies": table.dependencies = specifiers(entry.value, key: entry.key)
            case "optional-build-requires": table.optionalBuildRequires = extras(entry.value, key: entry.key)
            case "optional-host-requires": table.optionalHostRequires = extras(entry.value, key: entry.key)
            case "optional-dependencies": table.optionalDependencies = extras(entry.value, key: entry.key)
            case "dependency-groups": table.dependencyGroups = groups(entry.value)
            default:
                let expected = ExternalTable.keys.map { "`\($0)`" }.joined(separator: ", ")
                issue("expected one of \(expected), found `\(entry.key)`", entry.keySpan)
            }
        }
        return table
    }

    private mutating func specifier(_ value: ExternalValue) -> ExternalDependency? {
        guard case .string(let text, let span) = value else {
            issue("expected an external dependency specifier string, found \(value.typeName)", value.span)
            return nil
        }
        do throws(ParseError) {
            return try ExternalDependency(parsing: text)
        } catch {
            issue(error.message, span, error)
            return nil
        }
    }

    private mutating func specifiers(_ value: ExternalValue, key: String) -> [ExternalDependency] {
        guard case .array(let items, _) = value else {
            issue("expected `\(key)` to be an array of strings, found \(value.typeName)", value.span)
            return []
        }
        return items.compactMap { specifier($0) }
    }

    private mutating func extras(_ value: ExternalValue, key: String) -> [ExternalTable.Extra] {
        guard case .table(let entries, _) = value else {
            issue("expected `\(key)` to be a table of arrays, found \(value.typeName)", value.span)
            return []
        }
        var seen: [String: String] = [:]
        var result: [ExternalTable.Extra] = []
        for entry in entries {
            let normalized = ExternalTable.normalize(entry.key)
            if let first = seen[normalized] {
                issue("expected extra names unique after normalisation, found `\(entry.key)` and `\(first)`", entry.keySpan)
                continue
            }
            seen[normalized] = entry.key
            result.append(.init(name: entry.key, dependencies: specifiers(entry.value, key: "\(key).\(entry.key)")))
        }
        return result
    }

    private mutating func groups(_ value: ExternalValue) -> [ExternalTable.Group] {
        guard case .table(let entries, _) = value else {
            issue("expected `dependency-groups` to be a table of arrays, found \(value.typeName)", value.span)
            return []
        }
        var seen: [String: String] = [:]
        var result: [ExternalTable.Group] = []
        for entry in entries {
            let normalized = ExternalTable.normalize(entry.key)
            if let first = seen[normalized] {
                issue("expected group names unique after normalisation, found `\(entry.key)` and `\(first)`", entry.keySpan)
                continue
            }
            seen[normalized] = entry.key
            guard case .array(let items, _) = entry.value else {
                issue("expected group `\(entry.key)` to be an array, found \(entry.value.typeName)", entry.value.span)
                continue
            }
            var groupItems: [ExternalTable.GroupItem] = []
            for item in items {
                if case .table(let fields, let span) = item {
                    guard fields.count == 1, fields[0].key == "include-group", case .string(let name, _) = fields[0].value
                    else {
                        issue("expected `{include-group = \"name\"}`, found another table", span)
                        continue
                    }
                    if !entries.contains(where: { ExternalTable.normalize($0.key) == ExternalTable.normalize(name) }) {
                        issue("expected an existing group to include, found `\(name)`", fields[0].value.span)
                        continue
                    }
                    groupItems.append(.includeGroup(name))
                } else if let dependency = specifier(item) {
                    groupItems.append(.dependency(dependency))
                }
            }
            result.append(.init(name: entry.key, items: groupItems))
        }
        return result
    }
}
