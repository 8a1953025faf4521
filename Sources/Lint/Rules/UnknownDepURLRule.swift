import External

/// PC504: a `generic` or `virtual` DepURL that the registry does not know, with the
/// nearest canonical id as help (edit distance). Other PURL types (`pypi`, `github`,
/// …) are not checked: their names belong to other registries.
///
/// Example: `dep:generic/libxmll2`. Fix: `dep:generic/libxml2`. Names ending in
/// `-dev`/`-devel` are PC508's business.
struct UnknownDepURLRule: LintRule {
    static let info = RuleInfo(
        code: "PC504", name: "unknown-depurl", severity: .warning,
        summary: "A `generic` or `virtual` DepURL is not in the registry.",
        rationale: "Mapping tools translate DepURLs to system packages through the registry; an unknown id maps to nothing, so the dependency is silently not installed. Usually a typo.",
        example: "[external]\nhost-requires = [\"dep:generic/libxmll2\"]",
        fix: "Use the registry's id (`pepcheck external registry` lists them), or propose the new id to the registry.")

    func check(_ document: PyProject, _ report: inout Findings) {
        for specifier in document.external?.specifiers ?? [] {
            guard let url = specifier.dependency?.url, DepURLRegistry.covers(url), !DepURLRegistry.knows(url),
                  DevPackageNameRule.splitName(url) == nil else { continue }
            let nearest = DepURLRegistry.nearestCanonical(to: url, budget: &document.analyses.suggestionBudget)
            report.add(Self.info, specifier.text.span, "expected a DepURL of the registry, found `\(url.packageIdentity)`",
                       help: nearest.map { ["did you mean `\($0)`?"] } ?? [])
        }
    }
}
