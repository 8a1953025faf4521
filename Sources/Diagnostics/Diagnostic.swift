/// One finding about a file: what is wrong, where, and how to fix it.
///
/// A diagnostic is a plain value; turning it into text is the job of a renderer
/// (``HumanRenderer``, ``ConciseRenderer``, ``JSONRenderer``, ``SARIFRenderer``).
/// Positions are byte offsets into the file; ``SourceFile`` maps them to lines and
/// columns when a renderer needs them.
public struct Diagnostic: Hashable, Sendable {
    /// The stable rule code, for example `PC101`.
    public var code: String
    public var severity: Severity
    /// One line in the voice "expected X, found `Y`".
    public var message: String
    /// The path of the file as the user should see it (usually relative to the
    /// working directory).
    public var file: String
    /// The bytes `[start, end)` of the file the finding is about. An empty range marks
    /// a position (for example "expected `]` here").
    public var span: Range<Int>
    /// Suggestions, one per line of output (`= help: …`).
    public var help: [String]
    /// Background facts (`= note: …`), for example where a value was first defined.
    public var notes: [String]
    /// Replacement text for ``span`` that would fix the problem, when one is known.
    public var fix: String?

    public init(
        code: String, severity: Severity, message: String, file: String, span: Range<Int>,
        help: [String] = [], notes: [String] = [], fix: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.file = file
        self.span = span
        self.help = help
        self.notes = notes
        self.fix = fix
    }
}
