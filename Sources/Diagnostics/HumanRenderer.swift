import PEP440

/// Renders diagnostics for people, in the layout of rustc and ruff:
///
/// ```text
/// error[PC101]: expected version after `>=`, found `;`
///   --> pyproject.toml:12:16
///    |
/// 12 |     "requests>=;python_version<'3'",
///    |                ^
///    |
///    = help: write a version after the operator, for example `>=2.31`
/// ```
///
/// The gutter is as wide as the largest line number shown. Carets sit under exactly
/// the span's characters: one per Unicode scalar, four per tab (tabs are shown as
/// four spaces on both lines). An empty span gets one caret; a span running past the
/// end of its first line is underlined to the end of that line. Control characters
/// in the source are shown as Control Pictures symbols. The column in the `-->` line
/// counts each character once, tabs included, as editors do. A line longer than
/// ``longLine`` bytes is shown as a window around the span, cut with `…`: printing a
/// whole 10 MB line for each finding on it would make the output quadratic.
public struct HumanRenderer: Sendable {
    /// Whether to emit ANSI colours (see ``ColorChoice`` to decide).
    public var colour: Bool
    /// Lines of source shown above and below the diagnostic's line (ruff shows 2,
    /// rustc 0).
    public var contextLines: Int

    public init(colour: Bool = false, contextLines: Int = 0) {
        self.colour = colour
        self.contextLines = max(0, contextLines)
    }

    /// Several diagnostics separated by blank lines. `sources` maps
    /// ``Diagnostic/file`` to its contents; a diagnostic whose file is missing is
    /// rendered without a snippet.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        diagnostics.map { render($0, source: sources[$0.file]) }.joined(separator: "\n")
    }

    /// One diagnostic, ending with a newline.
    public func render(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        let style = Style(enabled: colour, severity: diagnostic.severity)
        var out = style.severity("\(diagnostic.severity.rawValue)[\(diagnostic.code)]")
            + style.bold(": " + TerminalText.oneLine(diagnostic.message))
            + "\n"
        guard let source else {
            out += " " + style.gutter("-->") + " \(diagnostic.file)\n"
            appendFooter(diagnostic, width: 1, style: style, to: &out)
            return out
        }
        let start = source.location(of: diagnostic.span.lowerBound)
        let first = max(1, start.line - contextLines)
        let last = min(source.lineCount, start.line + contextLines)
        let width = String(last).count
        let pad = String(repeating: " ", count: width)
        out += pad + style.gutter("-->") + " \(diagnostic.file):\(start.line):\(start.column)\n"
        out += pad + " " + style.gutter("|") + "\n"
        for line in first...last {
            let anchor = line == start.line ? diagnostic.span : nil
            let (shown, cutStart, cutEnd) = Self.window(of: source.lineRange(line), around: anchor, in: source.bytes)
            let scalars = UTF8Scanner.scalarsWithOffsets(source.bytes, shown)
            let text = (cutStart ? "…" : "") + scalars.dropLast().map { TerminalText.display($0.scalar) }.joined()
                + (cutEnd ? "…" : "")
            let number = String(line)
            out += style.gutter(String(repeating: " ", count: width - number.count) + number + " |")
            out += text.isEmpty ? "\n" : " " + text + "\n"
            if let anchor {
                let (indent, length) = caretPosition(of: anchor, in: scalars)
                out += pad + " " + style.gutter("|") + " " + String(repeating: " ", count: indent + (cutStart ? 1 : 0))
                    + style.severity(String(repeating: "^", count: length)) + "\n"
            }
        }
        appendFooter(diagnostic, width: width, style: style, to: &out)
        return out
    }

    /// Lines up to this many bytes are shown whole.
    static let longLine = 400
    /// Bytes shown either side of a span on a longer line, and of the span itself.
    static let windowContext = 80
    static let windowSpan = 160

    /// The bytes of `line` to show: all of it, or for a long line a window around
    /// `span` (around the line's start without one), on scalar boundaries, and whether it
    /// was cut at either end.
    static func window(of line: Range<Int>, around span: Range<Int>?, in bytes: [UInt8])
        -> (range: Range<Int>, cutStart: Bool, cutEnd: Bool) {
        guard line.count > longLine else { return (line, false, false) }
        let anchor = min(max(span?.lowerBound ?? line.lowerBound, line.lowerBound), line.upperBound)
        let spanEnd = min(max(span?.upperBound ?? anchor, anchor), anchor + windowSpan)
        var lower = max(line.lowerBound, anchor - windowContext)
        var upper = min(line.upperBound, spanEnd + windowContext)
        // Whole characters only: forward to the next scalar at the start, on past the
        // current one at the end.
        while lower < anchor, bytes[lower] & 0xC0 == 0x80 { lower += 1 }
        while upper < line.upperBound, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        return (lower..<upper, lower > line.lowerBound, upper < line.upperBound)
    }

    /// Display columns before the span and under it, on the span's first line.
    private func caretPosition(
        of span: Range<Int>, in scalars: [(scalar: Unicode.Scalar, offset: Int)]
    ) -> (indent: Int, length: Int) {
        var indent = 0
        var length = 0
        for k in 0..<(scalars.count - 1) {
            let (scalar, offset) = scalars[k]
            let end = scalars[k + 1].offset
            if end <= span.lowerBound {
                indent += TerminalText.width(scalar)
            } else if offset < span.upperBound {
                length += TerminalText.width(scalar)
            } else {
                break
            }
        }
        return (indent, max(length, 1))
    }

    private func appendFooter(_ diagnostic: Diagnostic, width: Int, style: Style, to out: inout String) {
        let entries = diagnostic.notes.map { ("note", $0) } + diagnostic.help.map { ("help", $0) }
        guard !entries.isEmpty else { return }
        let pad = String(repeating: " ", count: width)
        out += pad + " " + style.gutter("|") + "\n"
        for (label, text) in entries {
            // Continuation lines line up with the text after `= help: `.
            let hang = "\n" + pad + String(repeating: " ", count: label.count + 5)
            let body = TerminalText.sanitized(text).split(separator: "\n", omittingEmptySubsequences: false)
                .joined(separator: hang)
            out += pad + " " + style.gutter("=") + " " + style.bold(label + ":") + " " + body + "\n"
        }
    }
}

/// ANSI styling, or none.
private struct Style {
    var enabled: Bool
    var severity: Severity

    private static let reset = "\u{1B}[0m"

    func severity(_ text: String) -> String {
        let code = switch severity {
        case .error: "\u{1B}[1;31m"
        case .warning: "\u{1B}[1;33m"
        case .info: "\u{1B}[1;36m"
        }
        return wrap(text, code)
    }

    func gutter(_ text: String) -> String { wrap(text, "\u{1B}[1;34m") }
    func bold(_ text: String) -> String { wrap(text, "\u{1B}[1m") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? code + text + Self.reset : text
    }
}
