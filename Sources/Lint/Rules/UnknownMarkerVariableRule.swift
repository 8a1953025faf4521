/// PC201: a marker names a variable PEP 508 does not define (`python_versions`,
/// `platform`), which pypa/packaging rejects.
struct UnknownMarkerVariableRule: LintRule {
    static let info = RuleInfo(
        code: "PC201", name: "unknown-marker-variable", severity: .error,
        summary: "A marker uses a variable that does not exist.",
        rationale: "Installers reject the requirement (or, in older tools, evaluate it unpredictably).",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"colorama; platform == 'win32'\"]",
        fix: "Use one of the variables of the dependency specifiers spec, for example `sys_platform`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        for entry in document.allRequirements {
            for comparison in entry.marker?.comparisons ?? [] {
                for (operand, span) in [(comparison.lhs, comparison.lhsSpan), (comparison.rhs, comparison.rhsSpan)] {
                    guard case .variable(let name) = operand, MarkerVariable.kinds[name] == nil,
                          MarkerVariable.legacyNames[name] == nil else { continue }
                    let known = MarkerVariable.kinds.keys.sorted()
                    let guess = known.first { $0.hasPrefix(name) || name.hasPrefix($0) }
                    report.add(Self.info, entry.sourceRange(span), "expected a marker variable, found `\(name)`",
                               help: guess.map { ["did you mean `\($0)`?"] } ?? [])
                }
            }
        }
    }
}
