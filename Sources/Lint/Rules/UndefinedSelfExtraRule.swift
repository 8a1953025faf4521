import PEP508

/// PC304: the project requires itself with an extra it does not define
/// (`demo[tets]` in demo's own optional-dependencies).
struct UndefinedSelfExtraRule: LintRule {
    static let info = RuleInfo(
        code: "PC304", name: "undefined-self-extra", severity: .error,
        summary: "A self-reference names an extra the project does not define.",
        rationale: "Self-references (`demo[test]` inside demo) combine extras; an undefined extra installs nothing and usually hides a typo.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\n[project.optional-dependencies]\ntest = [\"pytest\"]\nall = [\"demo[tests]\"]",
        fix: "Name an extra defined in `[project.optional-dependencies]`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        guard let project = document.project, let name = project.name else { return }
        let own = PackageName.normalize(name.string)
        let defined = project.extraNames
        // The list of defined extras is the same for every finding: built once, and cut
        // short, so that many findings on a project with many extras stay linear.
        let help = defined.isEmpty ? [] : ["defined extras: " + Listing.names(defined.sorted())]
        for entry in document.requirements where entry.normalizedName == own {
            guard let requirement = entry.requirement, !requirement.extras.isEmpty else { continue }
            var seen: Set<String> = []
            for (extra, scalars) in entry.writtenExtras where seen.insert(extra).inserted {
                guard !defined.contains(PackageName.normalize(extra)) else { continue }
                report.add(Self.info, entry.sourceRange(scalars), "expected an extra of `\(name.string)`, found undefined `\(extra)`",
                           help: help)
            }
        }
    }
}
