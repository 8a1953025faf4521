import Diagnostics

/// What a rule is: its stable code and name, default severity and documentation.
public struct RuleInfo: Sendable, Hashable {
    /// `PC101`. PC0xx input and configuration, PC1xx syntax and validity, PC2xx markers,
    /// PC3xx consistency, PC4xx dependency groups, PC5xx `[external]`.
    public var code: String
    /// Kebab-case, for example `invalid-requirement`.
    public var name: String
    public var severity: Severity
    /// One sentence: what the rule checks.
    public var summary: String
    /// Why it matters.
    public var rationale: String
    /// A minimal document the rule reports.
    public var example: String
    /// How to fix it.
    public var fix: String

    public init(code: String, name: String, severity: Severity, summary: String, rationale: String,
                example: String, fix: String) {
        self.code = code
        self.name = name
        self.severity = severity
        self.summary = summary
        self.rationale = rationale
        self.example = example
        self.fix = fix
    }

    /// The description SARIF reports carry.
    public var diagnosticRule: DiagnosticRule {
        DiagnosticRule(code: code, name: name, summary: summary, explanation: rationale + " Fix: " + fix,
                       defaultSeverity: severity, helpURI: "https://github.com/pepcheck/pepcheck/blob/main/docs/rules.md#\(code.lowercased())-\(name)")
    }
}
