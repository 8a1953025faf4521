import PEP440

/// PC101: a dependency string that is not a PEP 508 requirement. The span points
/// inside the TOML string, at the character PEP508 stopped on.
///
/// Marker errors about variables and comparisons are left to PC201 and PC202, which
/// explain them better, when the marker could be read.
struct InvalidRequirementRule: LintRule {
    static let info = RuleInfo(
        code: "PC101", name: "invalid-requirement", severity: .error,
        summary: "A dependency is not a valid PEP 508 requirement.",
        rationale: "Installers and build backends refuse the whole project when one requirement does not parse.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"requests>=;python_version<'3'\"]",
        fix: "Write `name [extras] specifiers ; marker`, for example `requests>=2.31; python_version >= \"3.8\"`.")

    static let markerKinds: Set<String> = ["undefined-environment-name", "undefined-comparison"]

    func check(_ document: PyProject, _ report: inout Findings) {
        for entry in document.allRequirements {
            guard case .failure(let error) = entry.parsed else { continue }
            if Self.markerKinds.contains(error.kind.rawValue), entry.marker != nil { continue }
            report.add(Self.info, entry.sourceRange(error.span.start..<error.span.end), error.message)
        }
    }
}
