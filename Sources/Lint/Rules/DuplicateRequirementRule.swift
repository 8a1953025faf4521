/// PC301: the same project twice with the same marker in requirements installed
/// together (`dependencies`, or `dependencies` plus an extra).
struct DuplicateRequirementRule: LintRule {
    static let info = RuleInfo(
        code: "PC301", name: "duplicate-requirement", severity: .warning,
        summary: "A project is required twice under the same marker.",
        rationale: "The two entries are intersected by installers, so one of them is redundant or a mistake; updating one and forgetting the other is a common source of conflicts.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"requests>=2\", \"Requests<3\"]",
        fix: "Merge them into one requirement (`requests>=2,<3`).")

    func check(_ document: PyProject, _ report: inout Findings) {
        var reported: Set<Int> = []
        // Only repeats within one list: an extra or group restating a base dependency
        // (often to narrow its range) is deliberate, and extras differ in what they install.
        for (firstEntry, first, entry, second) in RequirementScopes.sameNamePairs(document)
        where firstEntry.scope == entry.scope && first.normalizedExtras == second.normalizedExtras
            && first.marker?.description == second.marker?.description
            && reported.insert(entry.text.span.lowerBound).inserted {
            report.add(Self.info, entry.text.span, "expected one requirement on `\(second.name)`, found a second one",
                       notes: ["first required as `\(first)`"])
        }
    }

}
