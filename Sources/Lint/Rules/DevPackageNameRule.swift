import External

/// PC508: a `generic` DepURL naming a distribution's split development package
/// (`dep:generic/libxml2-dev`, `dep:generic/openssl-devel`).
///
/// DepURLs name the software, not a distribution's packaging of it: the mapping
/// layer picks the `-dev` / `-devel` package itself for build and host requirements.
/// Example: `dep:generic/libxml2-dev`. Fix: `dep:generic/libxml2`.
struct DevPackageNameRule: LintRule {
    static let info = RuleInfo(
        code: "PC508", name: "dev-package-name", severity: .warning,
        summary: "A DepURL names a distribution's `-dev`/`-devel` package.",
        rationale: "`-dev` is Debian's split, `-devel` Fedora's; the DepURL should name the software, and the mapping layer chooses the development package for each distribution.",
        example: "[external]\nhost-requires = [\"dep:generic/libxml2-dev\"]",
        fix: "Drop the suffix: `dep:generic/libxml2`.")

    /// The name without its `-dev`/`-devel` suffix, for a `generic` DepURL that has one.
    static func splitName(_ url: DepURL) -> String? {
        guard url.type == "generic" else { return nil }
        for suffix in ["-devel", "-dev"] where url.name.hasSuffix(suffix) && url.name.count > suffix.count {
            return String(url.name.dropLast(suffix.count))
        }
        return nil
    }

    func check(_ document: PyProject, _ report: inout Findings) {
        for specifier in document.external?.specifiers ?? [] {
            guard let url = specifier.dependency?.url, let base = Self.splitName(url) else { continue }
            var suggested = url.packageIdentity
            suggested.name = base
            report.add(Self.info, specifier.text.span, "expected the software's name, found the split package `\(url.name)`",
                       help: ["use `\(suggested)`; the mapping layer picks the development package"])
        }
    }
}
