/// PC204: a dependency whose marker is false for every Python that `requires-python`
/// allows (`python_version < "3.8"` with `requires-python = ">=3.9"`).
struct DeadDependencyRule: LintRule {
    static let info = RuleInfo(
        code: "PC204", name: "dead-dependency", severity: .warning,
        summary: "A dependency's Python marker contradicts `requires-python`: it is never installed.",
        rationale: "Usually a leftover from dropping an old Python; it misleads readers and resolvers still have to consider it.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\nrequires-python = \">=3.9\"\ndependencies = [\"importlib-metadata; python_version < '3.8'\"]",
        fix: "Remove the dependency, or correct the marker.")

    func check(_ document: PyProject, _ report: inout Findings) {
        PythonMarkerAnalysis.run(document) { entry, dead, _ in
            guard dead, let requiresPython = document.project?.requiresPython else { return }
            let comparisons = entry.marker?.comparisons ?? []
            let span = comparisons.first.map { first in
                entry.sourceRange(first.span.start..<(comparisons.last?.span.end ?? first.span.end))
            }
            report.add(Self.info, span ?? entry.text.span,
                       "expected a marker true for some Python in `\(requiresPython.string)`, found one that is always false")
        }
    }
}
