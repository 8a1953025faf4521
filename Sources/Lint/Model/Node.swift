/// A TOML value as the linter sees it: decoded, with the byte span of its source text.
///
/// The linter reads documents through this small tree rather than the TOML module's
/// own types, so that the rules and the model depend on one narrow shape; the
/// conversion lives in `Node+TOML.swift`.
struct Node: Sendable {
    enum Value: Sendable {
        case string(TextValue)
        case integer(Int64)
        case float(Double)
        case boolean(Bool)
        /// Dates and times, kept as written: no rule looks inside them.
        case datetime(String)
        case array([Node])
        case table(Table)
    }

    var value: Value
    /// The bytes of the value in the file (for a table: its header, or the key of an
    /// inline or dotted table).
    var span: Range<Int>

    /// The TOML type name used in messages ("string", "array", "table", …).
    var typeName: String {
        switch value {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .boolean: "boolean"
        case .datetime: "date-time"
        case .array: "array"
        case .table: "table"
        }
    }

    var text: TextValue? { if case .string(let text) = value { text } else { nil } }
    var array: [Node]? { if case .array(let items) = value { items } else { nil } }
    var table: Table? { if case .table(let table) = value { table } else { nil } }
    var boolean: Bool? { if case .boolean(let flag) = value { flag } else { nil } }
}

/// The entries of a TOML table in source order, each with the span of its key.
struct Table: Sendable {
    struct Entry: Sendable {
        var key: String
        var keySpan: Range<Int>
        var value: Node
    }

    var entries: [Entry]

    subscript(key: String) -> Node? { entries.first { $0.key == key }?.value }

    func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }
}
