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
        for entry in document.allRequirements {
            guard let requirement = entry.requirement, PackageName.normalize(requirement.name) == own else { continue }
            for extra in requirement.extras where !defined.contains(PackageName.normalize(extra)) {
                let span = entry.scalarRange(of: extra).map(entry.sourceRange) ?? entry.text.span
                report.add(Self.info, span, "expected an extra of `\(name.string)`, found undefined `\(extra)`",
                           help: defined.isEmpty ? [] : ["defined extras: " + defined.sorted().joined(separator: ", ")])
            }
        }
    }
}
