import Diagnostics

/// Collects the diagnostics of one file as the rules run.
struct Findings {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func add(_ rule: RuleInfo, _ span: Range<Int>, _ message: String, help: [String] = [],
                      notes: [String] = [], fix: String? = nil, severity: Severity? = nil) {
        diagnostics.append(Diagnostic(code: rule.code, severity: severity ?? rule.severity, message: message,
                                      file: file, span: span, help: help, notes: notes, fix: fix))
    }
}
