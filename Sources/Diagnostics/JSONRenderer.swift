import JSON
/// Renders diagnostics as a JSON array for tools, one object per diagnostic with the
/// keys, in this order: `code`, `severity`, `message`, `file`, `start`, `end`
/// (each `{"line", "column", "offset"}`: 1-based line, 1-based column in Unicode
/// scalars, byte offset), `help` (array), `notes` (array), `fix` (replacement text
/// or `null`). When a file's contents are unavailable, `start` and `end` hold only
/// `offset`.
public struct JSONRenderer: Sendable {
    public init() {}

    /// The array, pretty-printed, ending with a newline.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        JSONValue.array(diagnostics.map { value(of: $0, source: sources[$0.file]) }).prettyPrinted + "\n"
    }

    /// One diagnostic as a JSON value (for embedding in larger documents).
    public func value(of diagnostic: Diagnostic, source: SourceFile?) -> JSONValue {
        .object([
            ("code", .string(diagnostic.code)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("file", .string(diagnostic.file)),
            ("start", position(diagnostic.span.lowerBound, in: source)),
            ("end", position(diagnostic.span.upperBound, in: source)),
            ("help", .array(diagnostic.help.map { .string($0) })),
            ("notes", .array(diagnostic.notes.map { .string($0) })),
            ("fix", .string(diagnostic.fix)),
        ])
    }

    private func position(_ offset: Int, in source: SourceFile?) -> JSONValue {
        guard let source else { return .object([("offset", JSONValue(offset))]) }
        let location = source.location(of: offset)
        return .object([
            ("line", JSONValue(location.line)), ("column", JSONValue(location.column)), ("offset", JSONValue(location.offset)),
        ])
    }
}
