/// PC107: `[project]` has no `name`, the one field that can never be dynamic.
struct MissingNameRule: LintRule {
    static let info = RuleInfo(
        code: "PC107", name: "missing-name", severity: .error,
        summary: "`project.name` is missing.",
        rationale: "`name` is required and cannot be dynamic; every tool needs it.",
        example: "[project]\nversion = \"1\"",
        fix: "Add `name = \"your-project\"`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        guard let project = document.project, !project.keys.contains(where: { $0.value == "name" }) else { return }
        report.add(Self.info, project.span, "expected `name` in `[project]`, found none")
    }
}
