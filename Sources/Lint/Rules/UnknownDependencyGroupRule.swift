import PEP508

/// PC402: `{include-group = "NAME"}` naming a group that does not exist.
struct UnknownDependencyGroupRule: LintRule {
    static let info = RuleInfo(
        code: "PC402", name: "unknown-dependency-group", severity: .error,
        summary: "An include names a dependency group that does not exist.",
        rationale: "Tools fail when expanding the including group.",
        example: "[dependency-groups]\ntest = [{include-group = \"lint\"}]",
        fix: "Name an existing group (names compare normalised), or define it.")

    func check(_ document: PyProject, _ report: inout Findings) {
        let names = Set(document.dependencyGroups.map(\.normalizedName))
        // Built once and cut short: the same for every finding.
        let help = ["defined groups: " + Listing.names(document.dependencyGroups.map(\.name.value))]
        for group in document.dependencyGroups {
            for case .include(let include) in group.items where !names.contains(PackageName.normalize(include.value)) {
                report.add(Self.info, include.span, "expected the name of a dependency group, found `\(include.value)`",
                           help: help)
            }
        }
    }
}
