/// A parse failure as a value: a stable ``kind``, a human ``message`` in the voice
/// "expected X, found `Y`", and the ``span`` of the offending text in Unicode scalar offsets.
public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var kind: ErrorKind
    public var message: String
    public var span: SourceSpan

    public init(kind: ErrorKind, message: String, span: SourceSpan) {
        self.kind = kind
        self.message = message
        self.span = span
    }

    public var description: String {
        "\(kind.rawValue) at \(span.start)..<\(span.end): \(message)"
    }

    /// Renders the error for a terminal:
    ///
    /// ```
    /// error: expected a version, found `x`
    /// >=x
    ///   ^
    /// ```
    ///
    /// Only the line holding the start of the span is shown. Control characters in the message
    /// and the line are shown as Control Pictures symbols (``TerminalText``), so that an ESC in
    /// the input cannot restyle the terminal; a tab is four spaces on both lines, so carets
    /// stay aligned; every other scalar counts as one column. A span that is empty, or that
    /// runs past the end of its line, is drawn with at least one `^`.
    public func rendered(source: String) -> String {
        let scalars = Array(source.unicodeScalars)
        let start = Swift.min(Swift.max(span.start, 0), scalars.count)
        var lineStart = start
        while lineStart > 0, !Self.isLineBreak(scalars[lineStart - 1]) { lineStart -= 1 }
        var lineEnd = start
        while lineEnd < scalars.count, !Self.isLineBreak(scalars[lineEnd]) { lineEnd += 1 }
        let end = Swift.min(Swift.max(span.end, start), lineEnd)

        var line = ""
        for scalar in scalars[lineStart..<lineEnd] { line += TerminalText.display(scalar) }
        var indent = 0
        for scalar in scalars[lineStart..<start] { indent += TerminalText.width(scalar) }
        var length = 0
        for scalar in scalars[start..<end] { length += TerminalText.width(scalar) }
        let message = TerminalText.sanitized(message, keepingNewlines: false)
        return "error: \(message)\n\(line)\n"
            + String(repeating: " ", count: indent) + String(repeating: "^", count: Swift.max(1, length))
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r"
    }
}
