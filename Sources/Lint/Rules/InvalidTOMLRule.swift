/// PC100: the file is not valid TOML 1.0. Nothing else can be checked until it is, so
/// this is the only finding for such a file.
struct InvalidTOMLRule: LintRule {
    static let info = RuleInfo(
        code: "PC100", name: "invalid-toml", severity: .error,
        summary: "The file is not valid TOML 1.0.",
        rationale: "Every tool that reads pyproject.toml rejects the whole file; no other rule can run.",
        example: "[project]\nname = \"demo\nversion = \"1.0\"",
        fix: "Correct the syntax at the reported position.")

    func check(_ document: PyProject, _ report: inout Findings) {
        guard let error = document.syntaxError else { return }
        report.add(Self.info, error.span, error.message)
    }
}
