/// PC303: a specifier set no version satisfies (`>=2,<1`, `==1.0,!=1.0`), in a
/// requirement or in `requires-python`.
struct UnsatisfiableSpecifierRule: LintRule {
    static let info = RuleInfo(
        code: "PC303", name: "unsatisfiable-specifier", severity: .error,
        summary: "A specifier set excludes every version.",
        rationale: "The requirement can never be installed (or, in `requires-python`, the project on no Python).",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"attrs>=23,<22\"]",
        fix: "Correct the bounds so that some version satisfies them.")

    func check(_ document: PyProject, _ report: inout Findings) {
        if let text = document.project?.requiresPython, VersionCandidates.isUnsatisfiable(text.string) == true {
            report.add(Self.info, text.span, "expected a satisfiable Python range, found `\(text.string)`")
        }
        for entry in document.requirements {
            guard let requirement = entry.requirement else { continue }
            guard !requirement.specifier.isEmpty, VersionCandidates.isUnsatisfiable(requirement.specifier) == true else { continue }
            let specifier = requirement.specifier.description
            report.add(Self.info, entry.text.span,
                       "expected a satisfiable range for `\(requirement.name)`, found `\(specifier)`")
        }
    }
}
