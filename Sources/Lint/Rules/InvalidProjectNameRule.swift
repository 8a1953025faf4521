import PEP508

/// PC104: `project.name` is not a valid distribution name.
struct InvalidProjectNameRule: LintRule {
    static let info = RuleInfo(
        code: "PC104", name: "invalid-project-name", severity: .error,
        summary: "`project.name` is not a valid distribution name.",
        rationale: "Names must be ASCII letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit; indexes reject others.",
        example: "[project]\nname = \"-demo\"\nversion = \"1\"",
        fix: "Rename the project, for example `demo`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        guard let name = document.project?.name, !PackageName.isValid(name.string) else { return }
        report.add(Self.info, name.span,
                   "expected letters, digits, `.`, `_` or `-` starting and ending with a letter or digit, found `\(name.string)`")
    }
}
