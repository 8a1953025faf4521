import PEP440

/// PC101: a dependency string that is not a PEP 508 requirement. The span points
/// inside the TOML string, at the character PEP508 stopped on.
///
/// An unknown marker variable is left to PC201, which suggests the intended one.
struct InvalidRequirementRule: LintRule {
    static let info = RuleInfo(
        code: "PC101", name: "invalid-requirement", severity: .error,
        summary: "A dependency is not a valid PEP 508 requirement.",
        rationale: "Installers and build backends refuse the whole project when one requirement does not parse.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"requests>=;python_version<'3'\"]",
        fix: "Write `name [extras] specifiers ; marker`, for example `requests>=2.31; python_version >= \"3.8\"`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        for entry in document.requirements {
            guard case .failure(let error) = entry.parsed, entry.unknownVariable == nil else { continue }
            report.add(Self.info, entry.sourceRange(error.span), error.message)
        }
    }
}
