import PEP440

/// One line per diagnostic, `file:line:col: CODE message`, the form editors and
/// `grep` understand. A diagnostic whose file is not available prints `file: CODE message`.
public struct ConciseRenderer: Sendable {
    public init() {}

    /// Every diagnostic on its own line, each ending with a newline.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        diagnostics.map { render($0, source: sources[$0.file]) }.joined()
    }

    public func render(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        let message = TerminalText.oneLine(diagnostic.message)
        guard let source else { return "\(diagnostic.file): \(diagnostic.code) \(message)\n" }
        let start = source.location(of: diagnostic.span.lowerBound)
        return "\(diagnostic.file):\(start.line):\(start.column): \(diagnostic.code) \(message)\n"
    }
}
