/// One top-level statement of a document, in source order.
public enum TOMLItem: Equatable, Sendable {
    /// A `[table]` or `[[array of tables]]` header; following key/value items belong to it.
    case header(TOMLHeader)
    /// A `key = value` line.
    case keyValue(TOMLKeyValue)

    /// Byte offsets of the whole item.
    public var span: Range<Int> {
        switch self {
        case .header(let header): header.span
        case .keyValue(let keyValue): keyValue.span
        }
    }
}
