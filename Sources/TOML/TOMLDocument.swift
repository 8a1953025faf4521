/// A parsed TOML 1.0 document: the root table, every statement in source order, and the source bytes.
///
/// ```swift
/// let document = try TOMLDocument(parsing: bytes)
/// if let dependencies = document["project"]?["dependencies"]?.array {
///     for dependency in dependencies { print(dependency.string ?? "", dependency.span) }
/// }
/// ```
public struct TOMLDocument: Sendable {
    /// The deepest nesting of tables, arrays and inline tables accepted; deeper input is a
    /// `nesting-too-deep` error rather than a stack overflow. A table or array that is a value
    /// of the root table is at depth 1; each enclosing table (by header, dotted key or inline),
    /// array of tables or array adds one. `a = [[1]]` reaches depth 2, `[a.b.c]` depth 3.
    public static let maximumDepth = 128

    /// The source bytes, as given (spans index into these).
    public let source: [UInt8]
    /// The root table.
    public let root: TOMLTable
    /// Headers and key/value lines in source order.
    public let items: [TOMLItem]

    /// Parses UTF-8 `source`. A leading byte order mark is skipped.
    public init(parsing source: [UInt8]) throws(TOMLError) {
        let result: Result<(TOMLTable, [TOMLItem]), TOMLError> = source.withUnsafeBufferPointer { buffer in
            var parser = Parser(bytes: buffer)
            do throws(TOMLError) {
                try parser.parseDocument()
            } catch {
                return .failure(error)
            }
            let root = parser.builder.finish(0, definition: .root)
            return .success((root, parser.items))
        }
        (self.root, self.items) = try result.get()
        self.source = source
    }

    /// Parses `text`.
    public init(parsing text: String) throws(TOMLError) {
        try self.init(parsing: Array(text.utf8))
    }

    /// The value for a top-level key.
    public subscript(key: String) -> TOMLValue? { root[key] }

    /// The value at a path of keys from the root, e.g. `["tool", "poetry", "name"]`.
    public subscript(path path: [String]) -> TOMLValue? { root[path: path] }

    /// Where the table at `path` was defined: its header, or the dotted key, inline table
    /// or parent header that created it. `nil` when `path` does not name a table.
    public func definition(ofTable path: [String]) -> TOMLTable.Definition? {
        if path.isEmpty { return .root }
        return self[path: path]?.table?.definition
    }

    /// The 1-based line and column (in Unicode scalars) of byte `offset`, computed by scanning the source.
    public func location(ofByte offset: Int) -> TOMLSourceLocation {
        TOMLSourceLocation(byteOffset: offset, in: source)
    }
}
