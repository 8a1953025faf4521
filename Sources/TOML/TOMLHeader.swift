/// A `[table]` or `[[array of tables]]` header as written.
public struct TOMLHeader: Hashable, Sendable {
    /// The dotted key parts between the brackets.
    public var keys: [TOMLKey]
    /// Byte offsets from the opening `[` to the closing `]` (or `]]`).
    public var span: Range<Int>
    /// Whether this is an `[[array of tables]]` header.
    public var isArrayOfTables: Bool

    public init(keys: [TOMLKey], span: Range<Int>, isArrayOfTables: Bool) {
        self.keys = keys
        self.span = span
        self.isArrayOfTables = isArrayOfTables
    }

    /// The key parts' names, e.g. `["tool", "poetry"]`.
    public var path: [String] { keys.map(\.name) }
}
