/// A TOML value with the byte span it occupies in the source.
public struct TOMLValue: Equatable, Sendable {
    /// The kind of value and its payload.
    public enum Kind: Equatable, Sendable {
        case string(TOMLString)
        case integer(Int64)
        case float(Double)
        case bool(Bool)
        // Date/times are boxed: they are rare and would otherwise triple the size of every value.
        indirect case offsetDateTime(TOMLDateTime)
        indirect case localDateTime(TOMLDateTime)
        indirect case localDate(TOMLDateTime)
        indirect case localTime(TOMLDateTime)
        /// A static array `[ … ]`, or an array of tables (whose elements are ``table(_:)`` values).
        case array([TOMLValue])
        /// An inline table `{ … }`.
        case inlineTable(TOMLTable)
        /// A table defined by a header, by dotted keys, implicitly, or the root.
        case table(TOMLTable)
    }

    /// The value.
    public var kind: Kind
    /// Byte offsets of the value in the source. For a table: its header, or the key that created it.
    public var span: Range<Int>

    public init(kind: Kind, span: Range<Int>) {
        self.kind = kind
        self.span = span
    }

    /// The table of a table or inline table value.
    public var table: TOMLTable? {
        switch kind {
        case .table(let table), .inlineTable(let table): table
        default: nil
        }
    }

    /// The elements of an array (static or of tables).
    public var array: [TOMLValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The decoded string with its source map.
    public var tomlString: TOMLString? {
        if case .string(let string) = kind { return string }
        return nil
    }

    /// The decoded text of a string value.
    public var string: String? { tomlString?.value }

    /// The value of an integer.
    public var integer: Int64? {
        if case .integer(let value) = kind { return value }
        return nil
    }

    /// The value of a float.
    public var float: Double? {
        if case .float(let value) = kind { return value }
        return nil
    }

    /// The value of a boolean.
    public var bool: Bool? {
        if case .bool(let value) = kind { return value }
        return nil
    }

    /// The date/time of any of the four date/time kinds.
    public var dateTime: TOMLDateTime? {
        switch kind {
        case .offsetDateTime(let value), .localDateTime(let value), .localDate(let value), .localTime(let value):
            value
        default: nil
        }
    }

    /// The TOML type name: `string`, `integer`, `float`, `boolean`, `offset date-time`,
    /// `local date-time`, `local date`, `local time`, `array`, `inline table`, `table`.
    public var typeName: String {
        switch kind {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .bool: "boolean"
        case .offsetDateTime: "offset date-time"
        case .localDateTime: "local date-time"
        case .localDate: "local date"
        case .localTime: "local time"
        case .array: "array"
        case .inlineTable: "inline table"
        case .table: "table"
        }
    }

    /// The value at `key` of a table or inline table.
    public subscript(key: String) -> TOMLValue? { table?[key] }

    /// The element at `index` of an array, `nil` when out of range.
    public subscript(index: Int) -> TOMLValue? {
        guard let elements = array, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}
