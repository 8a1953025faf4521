/// PC203: a pre-PEP 508 variable spelling (`os.name`, `sys.platform`,
/// `python_implementation`) that pypa/packaging still accepts but the spec does not.
struct LegacyMarkerNameRule: LintRule {
    static let info = RuleInfo(
        code: "PC203", name: "legacy-marker-name", severity: .warning,
        summary: "A marker uses a legacy variable name.",
        rationale: "Only some tools accept the PEP 345 spellings; uv and strict PEP 508 parsers reject them.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"pywin32; os.name == 'nt'\"]",
        fix: "Use the PEP 508 name (`os_name`, `sys_platform`, `platform_python_implementation`).")

    func check(_ document: PyProject, _ report: inout Findings) {
        for entry in document.allRequirements {
            for comparison in entry.marker?.comparisons ?? [] {
                for (operand, span) in [(comparison.lhs, comparison.lhsSpan), (comparison.rhs, comparison.rhsSpan)] {
                    guard case .variable(let name) = operand, let modern = MarkerVariable.legacyNames[name] else { continue }
                    report.add(Self.info, entry.sourceRange(span), "expected `\(modern)`, found legacy name `\(name)`",
                               fix: modern)
                }
            }
        }
    }
}
