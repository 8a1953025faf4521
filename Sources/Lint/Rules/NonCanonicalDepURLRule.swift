import External

/// PC505: a DepURL that the registry lists as an alias of another id
/// (`dep:generic/libtiff4` for `dep:generic/libtiff`).
///
/// Example and fix: write the canonical id the help names.
struct NonCanonicalDepURLRule: LintRule {
    static let info = RuleInfo(
        code: "PC505", name: "non-canonical-depurl", severity: .warning,
        summary: "A DepURL is an alias; the registry names another id as canonical.",
        rationale: "Mapping tables are keyed by canonical ids; aliases depend on every tool resolving them, and two spellings of one dependency defeat de-duplication.",
        example: "[external]\nhost-requires = [\"dep:generic/zlib-ng-compat\"]",
        fix: "Write the canonical id given in the help.")

    func check(_ document: PyProject, _ report: inout Findings) {
        for specifier in document.external?.specifiers ?? [] {
            guard let url = specifier.dependency?.url else { continue }
            // Some aliases carry qualifiers (`?repository_url=…`): try the id as written first.
            let aliases = [url.withoutVersion, url.packageIdentity].map { ($0, DepURLRegistry.canonical($0)) }
            guard let (identity, canonical) = aliases.first(where: { $0.0 != $0.1 }) else { continue }
            report.add(Self.info, specifier.text.span, "expected the canonical DepURL, found alias `\(identity)`",
                       help: ["use `\(canonical)`"])
        }
    }
}
