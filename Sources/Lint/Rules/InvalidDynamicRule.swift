/// PC109: `dynamic` names `name` (which cannot be dynamic) or something that is not a
/// `[project]` field.
struct InvalidDynamicRule: LintRule {
    static let info = RuleInfo(
        code: "PC109", name: "invalid-dynamic", severity: .error,
        summary: "`project.dynamic` lists `name` or a field that does not exist.",
        rationale: "`name` must be static, and an unknown field in `dynamic` is a typo the backend rejects.",
        example: "[project]\nname = \"demo\"\ndynamic = [\"version\", \"requirements\"]",
        fix: "List only `[project]` fields other than `name`, for example `dynamic = [\"version\", \"dependencies\"]`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        for field in document.project?.dynamic ?? [] {
            if field.value == "name" {
                report.add(Self.info, field.span, "expected a field other than `name` in `dynamic`, found `name`")
            } else if !ModelBuilder.projectKeys.contains(field.value) || field.value == "dynamic" {
                report.add(Self.info, field.span, "expected a `[project]` field in `dynamic`, found `\(field.value)`")
            }
        }
    }
}
