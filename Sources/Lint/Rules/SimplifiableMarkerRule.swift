/// PC207: a marker that can be written with fewer comparisons, saying the same wherever the
/// requirement is installed: `python_version >= "3.8" and python_version >= "3.9"`,
/// `(sys_platform == "linux" and python_version < "3.11") or (sys_platform == "darwin" and
/// python_version < "3.11")`, a branch `requires-python` rules out (`python_version < "3.8"
/// or sys_platform == "win32"` under `>=3.9`), or a marker that is always true by itself.
///
/// The shorter form is the marker algebra's canonical text (``MarkerAlgebra/simplify``)
/// under `requires-python` (and the extra, for a marker that tests `extra`), with the
/// literals quoted as the marker quotes them; it is reported only when it has fewer
/// comparisons than what is left once PC205 and PC206 have removed their parts, and only
/// once the algebra has checked it means the same.
/// Example: `tomli; python_version < '3.11' and python_version < '3.12'`.
/// Fix (`--fix`): the marker's text is replaced in place by the shorter one (or removed with
/// its `;` when always true), in the string's own TOML quoting.
struct SimplifiableMarkerRule: LintRule {
    static let info = RuleInfo(
        code: "PC207", name: "simplifiable-marker", severity: .warning,
        summary: "A marker can be written with fewer comparisons.",
        rationale: "Markers that say one thing twice, or test what cannot vary, are hard to review and easy to get wrong when edited; resolvers and lock files carry them along.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"tomli; python_version < '3.11' and python_version < '3.12'\"]",
        fix: "Write the marker the `help:` line shows; `pepcheck lint --fix` does.")

    func check(_ document: PyProject, _ report: inout Findings) {
        for result in MarkerVerdicts.all(in: document) {
            guard let simpler = result.verdict.simpler, let location = MarkerLocation(result.entry) else { continue }
            let entry = result.entry
            guard let text = simpler.text else {
                report.add(Self.info, entry.sourceRange(location.wholeRemoval),
                           "expected a marker that excludes some environment, found one that is always true",
                           help: ["remove the marker"], fix: "")
                continue
            }
            let (span, fix) = StringEdit.fix(entry, replacing: location.start..<location.end, with: text, in: document.source)
            report.add(Self.info, span,
                       "expected the marker's shortest form (\(Self.count(simpler.comparisons))), found \(Self.count(simpler.original))",
                       help: ["write `\(text)`"], fix: fix)
        }
    }

    private static func count(_ n: Int) -> String { n == 1 ? "1 comparison" : "\(n) comparisons" }
}
