import PEP440
/// PC302: two requirements on the same project whose specifiers have no version in
/// common, under markers that can both be true (`foo>=2` and `foo<1; os_name == "nt"`).
struct ConflictingRequirementsRule: LintRule {
    static let info = RuleInfo(
        code: "PC302", name: "conflicting-requirements", severity: .error,
        summary: "Two requirements on one project cannot both be satisfied.",
        rationale: "Where both markers hold, no version satisfies both, and installation fails with a resolver error far from the cause.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"numpy>=2\", \"numpy<1; sys_platform == 'win32'\"]",
        fix: "Make the ranges overlap, or make the markers exclusive (`sys_platform != 'win32'` on the first).")

    func check(_ document: PyProject, _ report: inout Findings) {
        for (firstEntry, first, entry, second) in RequirementScopes.sameNamePairs(document) {
            guard !first.specifier.isEmpty, !second.specifier.isEmpty,
                  VersionCandidates.isUnsatisfiable(first.specifier) != true,
                  VersionCandidates.isUnsatisfiable(second.specifier) != true,
                  VersionCandidates.isUnsatisfiable(SpecifierSet(first.specifier.specifiers + second.specifier.specifiers)) == true,
                  RequirementScopes.canOverlap(firstEntry.marker, entry.marker) else { continue }
            let a = first.specifier.description
            let b = second.specifier.description
            report.add(Self.info, entry.text.span,
                       "expected a range overlapping `\(a)` for `\(second.name)`, found `\(b)`",
                       notes: ["first required as `\(first)`"])
        }
    }
}
