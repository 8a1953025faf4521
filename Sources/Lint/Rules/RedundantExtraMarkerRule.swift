/// PC206: a condition in the marker of an `optional-dependencies.NAME` requirement that the
/// extra itself already guarantees: build backends publish the requirement as
/// `marker and extra == "NAME"`, so `extra == "NAME"` in the marker (or `extra != "other"`)
/// says nothing. The whole marker, or a term of an `and` chain at any depth.
///
/// Decided by the marker algebra (``MarkerVerdicts``) with `extra` as core metadata reads it
/// (one name per evaluation), together with `requires-python` where only both guarantee it.
/// Example: `pytest; extra == 'test'` in `optional-dependencies.test`.
/// Fix (`--fix`): the term is removed with the `and` that joins it, or the whole marker with
/// its `;`; the result is checked to mean the same within the extra first.
struct RedundantExtraMarkerRule: LintRule {
    static let info = RuleInfo(
        code: "PC206", name: "redundant-extra-marker", severity: .warning,
        summary: "A condition in an extra's requirement is always true within that extra.",
        rationale: "Backends add `extra == \"NAME\"` to every requirement of the extra themselves; repeating it is noise, and copying the line to another extra turns it into a dependency that is never installed.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\n[project.optional-dependencies]\ntest = [\"pytest; extra == 'test'\"]",
        fix: "Remove the condition (and the `;` if nothing is left); `pepcheck lint --fix` does.")

    func check(_ document: PyProject, _ report: inout Findings) {
        RedundantCondition.report(Self.info, causes: [.extra, .both], in: document, &report) { entry, cause in
            let algebra = DocumentAlgebra.of(document)
            let extra = algebra.context(of: entry)?.extra?.name ?? ""
            let note = "a requirement of `optional-dependencies.\(extra)` is published with `and extra == \"\(extra)\"`"
            if cause == .both {
                return ("expected a condition that `optional-dependencies.\(extra)` with `requires-python = \"\(algebra.requiresPythonText ?? "")\"` leaves open, found one that is always true", [note])
            }
            return ("expected a condition that `optional-dependencies.\(extra)` leaves open, found one that is always true", [note])
        }
    }
}
