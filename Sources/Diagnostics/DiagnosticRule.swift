/// What a rule code means, for reports that describe their rules (SARIF).
public struct DiagnosticRule: Hashable, Sendable {
    /// The code diagnostics carry, for example `PC101`.
    public var code: String
    /// A kebab-case name, for example `invalid-requirement`.
    public var name: String
    /// One sentence.
    public var summary: String
    /// A paragraph: what the rule checks and why.
    public var explanation: String
    public var defaultSeverity: Severity
    /// Where the rule is documented.
    public var helpURI: String?

    public init(
        code: String, name: String, summary: String, explanation: String, defaultSeverity: Severity,
        helpURI: String? = nil
    ) {
        self.code = code
        self.name = name
        self.summary = summary
        self.explanation = explanation
        self.defaultSeverity = defaultSeverity
        self.helpURI = helpURI
    }
}
