/// PC205: a `python_version` / `python_full_version` comparison that every Python
/// allowed by `requires-python` satisfies (`python_version >= "3.8"` with
/// `requires-python = ">=3.9"`).
struct RedundantPythonMarkerRule: LintRule {
    static let info = RuleInfo(
        code: "PC205", name: "redundant-python-marker", severity: .warning,
        summary: "A Python marker is always true under `requires-python`.",
        rationale: "The condition never excludes anything; it is noise, and often a sign that `requires-python` was raised without cleaning up.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\nrequires-python = \">=3.9\"\ndependencies = [\"tomli; python_version >= '3.8'\"]",
        fix: "Remove the comparison (and the `;` if nothing is left).")

    func check(_ document: PyProject, _ report: inout Findings) {
        PythonMarkerAnalysis.run(document) { entry, _, alwaysTrue in
            guard let requiresPython = document.project?.requiresPython else { return }
            for comparison in alwaysTrue {
                report.add(Self.info, entry.sourceRange(comparison.span),
                           "expected a condition that `requires-python = \"\(requiresPython.string)\"` leaves open, found one that is always true")
            }
        }
    }
}
