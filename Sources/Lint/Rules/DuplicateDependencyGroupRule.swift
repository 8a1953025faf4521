/// PC403: two dependency groups whose names are equal after normalisation.
struct DuplicateDependencyGroupRule: LintRule {
    static let info = RuleInfo(
        code: "PC403", name: "duplicate-dependency-group", severity: .error,
        summary: "Two dependency groups have the same normalised name.",
        rationale: "PEP 735 compares group names normalised and says tools SHOULD report duplicates: only one of the lists can be used.",
        example: "[dependency-groups]\nDocs = [\"sphinx\"]\ndocs = [\"mkdocs\"]",
        fix: "Merge the two groups.")

    func check(_ document: PyProject, _ report: inout Findings) {
        var seen: [String: String] = [:]
        for group in document.dependencyGroups {
            if let first = seen[group.normalizedName] {
                report.add(Self.info, group.name.span,
                           "expected a new group, found `\(group.name.value)` which normalises like `\(first)`")
            } else {
                seen[group.normalizedName] = group.name.value
            }
        }
    }
}
