import PEP508

/// PC307: two extras whose names are equal after PEP 685 normalisation.
struct DuplicateExtraRule: LintRule {
    static let info = RuleInfo(
        code: "PC307", name: "duplicate-extra", severity: .error,
        summary: "Two extras have the same normalised name.",
        rationale: "PEP 685 makes `Dev_Tools` and `dev-tools` the same extra; which list wins depends on the tool.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\n[project.optional-dependencies]\ndev = [\"a\"]\nDEV = [\"b\"]",
        fix: "Merge the two extras.")

    func check(_ document: PyProject, _ report: inout Findings) {
        var seen: [String: String] = [:]
        for (name, _) in document.project?.optionalDependencies ?? [] {
            let normalized = PackageName.normalize(name.value)
            if let first = seen[normalized] {
                report.add(Self.info, name.span, "expected a new extra, found `\(name.value)` which normalises like `\(first)`")
            } else {
                seen[normalized] = name.value
            }
        }
    }
}
