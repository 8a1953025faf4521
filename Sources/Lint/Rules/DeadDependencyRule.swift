/// PC204: a requirement whose marker is false wherever the requirement is installed, so it
/// is never installed: false for every Python that `requires-python` allows
/// (`python_version < "3.8"` under `>=3.9`), false together with the extra the requirement
/// is published under (`extra == "docs"` inside `optional-dependencies.test`, published as
/// `extra == "docs" and extra == "test"`), or false in itself (`sys_platform == "linux" and
/// sys_platform == "win32"`).
///
/// Decided by the marker algebra (``DocumentAlgebra``, ``MarkerVerdicts``), exactly for every
/// environment SPEC.md describes. Silent where the algebra cannot tell: a comparison PC202
/// reports (tools disagree on it), a spent budget.
/// Example: `importlib-metadata; python_version < '3.8'` with `requires-python = ">=3.9"`.
/// Fix: remove the requirement, or correct the marker.
struct DeadDependencyRule: LintRule {
    static let info = RuleInfo(
        code: "PC204", name: "dead-dependency", severity: .warning,
        summary: "A requirement's marker is false wherever it is installed: it is never installed.",
        rationale: "Usually a leftover from dropping an old Python, or an `extra` marker in the wrong extra; it misleads readers, and resolvers still have to consider it.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\nrequires-python = \">=3.9\"\ndependencies = [\"importlib-metadata; python_version < '3.8'\"]",
        fix: "Remove the requirement, or correct the marker.")

    func check(_ document: PyProject, _ report: inout Findings) {
        let algebra = DocumentAlgebra.of(document)
        for result in MarkerVerdicts.all(in: document) {
            guard let cause = result.verdict.dead, let location = MarkerLocation(result.entry) else { continue }
            let entry = result.entry
            let python = algebra.requiresPythonText ?? ""
            let extra = algebra.context(of: entry)?.extra?.name ?? ""
            let message: String
            var notes: [String] = []
            switch cause {
            case .marker:
                message = "expected a marker that some environment satisfies, found one that is always false"
            case .requiresPython:
                message = "expected a marker true for some Python in `\(python)`, found one that is always false"
            case .extra:
                message = "expected a marker that can hold with `extra == \"\(extra)\"`, found one that is always false"
                notes = ["a requirement of `optional-dependencies.\(extra)` is published with `and extra == \"\(extra)\"`"]
            case .both:
                message = "expected a marker true for some Python in `\(python)` with `extra == \"\(extra)\"`, found one that is always false"
                notes = ["a requirement of `optional-dependencies.\(extra)` is published with `and extra == \"\(extra)\"`"]
            }
            report.add(Self.info, entry.sourceRange(location.start..<location.end), message, notes: notes)
        }
    }
}
