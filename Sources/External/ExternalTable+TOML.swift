import TOML

extension ExternalTable {
    /// Reads the `[external]` table of a parsed pyproject.toml.
    ///
    /// Returns `nil` when the document has no `external` key. Every issue's span is in
    /// byte offsets of the TOML source: for a malformed specifier string, the parse
    /// error's span (Unicode scalars of the decoded string) is carried back through the
    /// string's source map, so that an escape or a multi-line string still points at the
    /// right characters of the file.
    public static func read(pyproject document: TOMLDocument) -> (table: ExternalTable, issues: [ExternalTableIssue])? {
        guard let external = document["external"] else { return nil }
        var strings: [Int: TOMLString] = [:]
        let value = ExternalValue(external, strings: &strings)
        let (table, issues) = read(value)
        return (table, issues.map { issue in
            guard let error = issue.parseError, let string = strings[issue.span.lowerBound] else { return issue }
            var moved = issue
            moved.span = string.sourceRange(forScalarRange: error.span.start..<max(error.span.start, error.span.end))
            return moved
        })
    }
}

extension ExternalValue {
    /// The neutral view of a TOML value; `strings` collects each string's source map,
    /// keyed by the start of its span, so that issues can be located inside strings.
    init(_ value: TOMLValue, strings: inout [Int: TOMLString]) {
        switch value.kind {
        case .string(let string):
            strings[value.span.lowerBound] = string
            self = .string(string.value, span: value.span)
        case .array(let elements):
            var items: [ExternalValue] = []
            for element in elements { items.append(ExternalValue(element, strings: &strings)) }
            self = .array(items, span: value.span)
        case .table(let table), .inlineTable(let table):
            var entries: [ExternalTableEntry] = []
            for entry in table.entries {
                entries.append(ExternalTableEntry(
                    key: entry.key.name, keySpan: entry.key.span, value: ExternalValue(entry.value, strings: &strings)))
            }
            self = .table(entries, span: value.span)
        default:
            let name = value.typeName
            self = .other(typeName: ("aeiou".contains(name.first!) ? "an " : "a ") + name, span: value.span)
        }
    }
}
