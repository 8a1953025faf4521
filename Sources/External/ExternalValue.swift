/// A neutral view of a TOML value for building an ``ExternalTable`` without depending
/// on a particular TOML reader. Spans are whatever offsets the caller uses (the lint
/// integration passes the TOML reader's byte offsets); they are handed back in issues.
public indirect enum ExternalValue: Sendable {
    case string(String, span: Range<Int>)
    case array([ExternalValue], span: Range<Int>)
    case table([ExternalTableEntry], span: Range<Int>)
    /// Any other TOML value (integer, boolean, date...), named for messages.
    case other(typeName: String, span: Range<Int>)

    public var span: Range<Int> {
        switch self {
        case .string(_, let span), .array(_, let span), .table(_, let span), .other(_, let span): span
        }
    }

    var typeName: String {
        switch self {
        case .string: "a string"
        case .array: "an array"
        case .table: "a table"
        case .other(let name, _): name
        }
    }
}

/// One `key = value` of an ``ExternalValue`` table.
public struct ExternalTableEntry: Sendable {
    public var key: String
    public var keySpan: Range<Int>
    public var value: ExternalValue

    public init(key: String, keySpan: Range<Int>, value: ExternalValue) {
        self.key = key
        self.keySpan = keySpan
        self.value = value
    }
}
