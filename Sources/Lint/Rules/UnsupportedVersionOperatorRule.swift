import External

/// PC506: a DepURL version using an operator PEP 725 does not allow (`~=`, `!=`,
/// `===`, a `.*` wildcard). PEP 725 keeps `>=`, `>`, `<`, `<=` and `==` (joined with
/// `,`), because system package managers cannot express the others.
///
/// Example: `dep:generic/openssl@~=3.0`. Fix: `dep:generic/openssl@>=3.0,<4`.
struct UnsupportedVersionOperatorRule: LintRule {
    static let info = RuleInfo(
        code: "PC506", name: "unsupported-version-operator", severity: .error,
        summary: "A DepURL version uses an operator PEP 725 does not allow.",
        rationale: "PEP 725 limits versions to `>=`, `>`, `<`, `<=`, `==` so that they map onto every package manager; tools reject other operators.",
        example: "[external]\nhost-requires = [\"dep:generic/openssl@~=3.0\"]",
        fix: "Spell the range with the allowed operators, for example `@>=3.0,<4`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        for specifier in document.external?.specifiers ?? [] {
            guard case .failure(let error) = specifier.parsed, error.kind == .unsupportedVersionOperator else { continue }
            report.add(Self.info, specifier.sourceRange(error.span), error.message)
        }
    }
}
