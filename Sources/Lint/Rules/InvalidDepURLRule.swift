import External

/// PC503: an `[external]` string that is not a PEP 725 specifier (a DepURL, then an
/// optional `; marker`). The span points inside the string, at the character the
/// External module's parser stopped on.
///
/// Example: `"dep:generic"` (no name). Fix: write `dep:TYPE/[NAMESPACE/]NAME`.
/// Version operators outside PEP 725's set are PC506's business.
struct InvalidDepURLRule: LintRule {
    static let info = RuleInfo(
        code: "PC503", name: "invalid-depurl", severity: .error,
        summary: "An `[external]` entry is not a valid DepURL specifier.",
        rationale: "Build frontends and the mapping tools reject the table; nothing of `[external]` can be used.",
        example: "[external]\nbuild-requires = [\"dep:generic\"]",
        fix: "Write `dep:TYPE/[NAMESPACE/]NAME[@VERSION]`, optionally followed by `; MARKER`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        for specifier in document.external?.specifiers ?? [] {
            guard case .failure(let error) = specifier.parsed, error.kind != .unsupportedVersionOperator else { continue }
            report.add(Self.info, specifier.sourceRange(error.span), error.message)
        }
    }
}
