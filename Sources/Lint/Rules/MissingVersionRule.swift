/// PC106: `[project]` has no `version` and does not list it in `dynamic`.
struct MissingVersionRule: LintRule {
    static let info = RuleInfo(
        code: "PC106", name: "missing-version", severity: .error,
        summary: "`project.version` is missing and not listed in `dynamic`.",
        rationale: "The specification requires a static version or `dynamic = [\"version\"]`; builds fail without one.",
        example: "[project]\nname = \"demo\"",
        fix: "Add `version = \"0.1.0\"`, or `dynamic = [\"version\"]` if the backend computes it.")

    func check(_ document: PyProject, _ report: inout Findings) {
        guard let project = document.project, !project.keys.contains(where: { $0.value == "version" }),
              !project.dynamic.contains(where: { $0.value == "version" }) else { return }
        report.add(Self.info, project.span, "expected `version` or `dynamic = [\"version\"]` in `[project]`, found neither")
    }
}
