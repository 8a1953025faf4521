/// PC205: a condition in a marker that `requires-python` already guarantees: the whole
/// marker (`python_version >= "3.8"` under `>=3.9`), or a term of an `and` chain
/// (`python_version >= "3.8" and sys_platform == "linux"`), at any depth.
///
/// Decided by the marker algebra (``MarkerVerdicts``): the term is true for every Python the
/// range allows, whatever it is written with (`python_full_version`, `!=`, `~=`, `==3.*`).
/// A term alone between `or`s is never reported on its own: were it always true, the whole
/// group would be, and that group is reported instead.
/// Example: `tomli; python_version >= '3.8' and python_version < '3.11'` under `>=3.9`.
/// Fix (`--fix`): the term is removed with the `and` that joins it, or the whole marker with
/// its `;`; the result is checked to mean the same under `requires-python` first.
struct RedundantPythonMarkerRule: LintRule {
    static let info = RuleInfo(
        code: "PC205", name: "redundant-python-marker", severity: .warning,
        summary: "A Python condition in a marker is always true under `requires-python`.",
        rationale: "The condition never excludes anything; it is noise, and often a sign that `requires-python` was raised without cleaning up.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\nrequires-python = \">=3.9\"\ndependencies = [\"tomli; python_version >= '3.8' and python_version < '3.11'\"]",
        fix: "Remove the condition (and the `;` if nothing is left); `pepcheck lint --fix` does.")

    func check(_ document: PyProject, _ report: inout Findings) {
        RedundantCondition.report(Self.info, causes: [.requiresPython], in: document, &report) { _, _ in
            let python = DocumentAlgebra.of(document).requiresPythonText ?? ""
            return ("expected a condition that `requires-python = \"\(python)\"` leaves open, found one that is always true", [])
        }
    }
}
