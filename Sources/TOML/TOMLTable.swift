/// A TOML table: its entries in document order, and how it came to be defined.
public struct TOMLTable: Equatable, Sendable {
    /// One key of the table with its value.
    public struct Entry: Equatable, Sendable {
        /// The key part that names the entry in this table, where it first appeared.
        public var key: TOMLKey
        /// The value.
        public var value: TOMLValue
    }

    /// How a table was defined.
    public enum Definition: Equatable, Sendable {
        /// The document's root table.
        case root
        /// A `[table]` header (its span).
        case header(Range<Int>)
        /// An `[[array of tables]]` header (its span).
        case arrayHeader(Range<Int>)
        /// A part of a dotted key, `a.b = 1` (the span of that key part).
        case dottedKey(Range<Int>)
        /// An inline table `{ … }` (its span).
        case inlineTable(Range<Int>)
        /// Only named as a parent in a header, `[a.b]` for `a` (the span of that key part).
        case implicit(Range<Int>)

        /// The span of the text that defined the table; empty at 0 for the root.
        public var span: Range<Int> {
            switch self {
            case .root: 0..<0
            case .header(let span), .arrayHeader(let span), .dottedKey(let span), .inlineTable(let span),
                 .implicit(let span):
                span
            }
        }
    }

    /// The entries in document order.
    public let entries: [Entry]
    /// How the table was defined.
    public let definition: Definition
    /// Entry positions by key; only built for tables large enough for it to pay.
    let index: [String: Int]?

    init(entries: [Entry], definition: Definition, index: [String: Int]?) {
        self.entries = entries
        self.definition = definition
        self.index = index
    }

    /// The keys in document order.
    public var keys: [String] { entries.map(\.key.name) }

    /// The number of entries.
    public var count: Int { entries.count }

    /// Whether the table has no entries.
    public var isEmpty: Bool { entries.isEmpty }

    /// The entry for `key`.
    public func entry(_ key: String) -> Entry? {
        if let index {
            guard let position = index[key] else { return nil }
            return entries[position]
        }
        for entry in entries where entry.key.name == key { return entry }
        return nil
    }

    /// The value for `key`.
    public subscript(key: String) -> TOMLValue? { entry(key)?.value }

    /// The value at a path of keys, descending through tables (not arrays).
    public subscript(path path: [String]) -> TOMLValue? {
        guard let first = path.first, var value = self[first] else { return nil }
        for key in path.dropFirst() {
            guard let next = value[key] else { return nil }
            value = next
        }
        return value
    }
}
