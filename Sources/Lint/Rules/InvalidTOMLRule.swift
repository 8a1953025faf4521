/// PC100: the file is not valid TOML 1.0. Nothing else can be checked until it is, so
/// this is the only finding for such a file, and no selection hides it (as ruff never
/// hides syntax errors): `--select PC3` on a truncated file must not pass.
struct InvalidTOMLRule: LintRule {
    static let info = RuleInfo(
        code: "PC100", name: "invalid-toml", severity: .error,
        summary: "The file is not valid TOML 1.0.",
        rationale: "Every tool that reads pyproject.toml rejects the whole file; no other rule can run. It cannot be ignored or deselected.",
        example: "[project]\nname = \"demo\nversion = \"1.0\"",
        fix: "Correct the syntax at the reported position.")

    func check(_ document: PyProject, _ report: inout Findings) {
        guard let error = document.syntaxError else { return }
        report.add(Self.info, error.span, error.message)
    }
}
