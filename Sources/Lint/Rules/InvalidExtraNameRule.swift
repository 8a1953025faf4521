import PEP508

/// PC112: an `optional-dependencies` key that is not a valid extra name.
struct InvalidExtraNameRule: LintRule {
    static let info = RuleInfo(
        code: "PC112", name: "invalid-extra-name", severity: .error,
        summary: "An extra's name is not a valid name.",
        rationale: "Extras follow the rules of project names (PEP 685); others cannot be requested as `pkg[extra]`.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\n[project.optional-dependencies]\n\"dev tools\" = [\"pytest\"]",
        fix: "Use letters, digits and `-` only (`dev-tools`).")

    func check(_ document: PyProject, _ report: inout Findings) {
        for (name, _) in document.project?.optionalDependencies ?? [] where !PackageName.isValid(name.value) {
            report.add(Self.info, name.span,
                       "expected letters, digits, `.`, `_` or `-` starting and ending with a letter or digit, found `\(name.value)`")
        }
    }
}
