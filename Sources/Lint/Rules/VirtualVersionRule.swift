import External

/// PC507: a version on a virtual DepURL outside PEP 804's conventions (Appendix B):
/// C, C++ and Fortran compilers are versioned by the four-digit year of the language
/// standard (`@>=1999` for C99), BLAS and LAPACK by Reference LAPACK's
/// `MAJOR.MINOR.MICRO`, OpenMP by `MAJOR.MINOR`. Other virtual packages have no
/// versioning scheme yet, so any version on them is ambiguous.
///
/// Example: `dep:virtual/compiler/c@>=11` (a GCC release, not a standard).
/// Fix: `dep:virtual/compiler/c@>=2011`.
struct VirtualVersionRule: LintRule {
    static let info = RuleInfo(
        code: "PC507", name: "virtual-version", severity: .warning,
        summary: "A virtual DepURL has a version outside PEP 804's conventions.",
        rationale: "A virtual package has many implementations, each with its own releases; only the standard's version means the same to all of them, and mapping tools compare it as such.",
        example: "[external]\nbuild-requires = [\"dep:virtual/compiler/c@>=11\"]",
        fix: "Use the standard's version (`@>=2011` for C11), or drop the version where no scheme exists.")

    private enum Scheme {
        case year, components(Int)
    }

    private static func scheme(for url: DepURL) -> Scheme? {
        switch (url.namespace.first, url.name) {
        case ("compiler", "c"), ("compiler", "cxx"), ("compiler", "fortran"): .year
        case ("interface", "blas"), ("interface", "lapack"), ("interface", "cblas"), ("interface", "lapacke"): .components(3)
        case ("interface", "openmp"): .components(2)
        default: nil
        }
    }

    func check(_ document: PyProject, _ report: inout Findings) {
        for specifier in document.external?.specifiers ?? [] {
            guard let url = specifier.dependency?.url, url.isVirtual, let version = url.version else { continue }
            let name = url.packageIdentity
            guard let scheme = Self.scheme(for: url) else {
                report.add(Self.info, specifier.text.span,
                           "expected no version on `\(name)`, found `\(version)` (no versioning scheme is defined for it)")
                continue
            }
            for constraint in version.constraints {
                let parts = constraint.version.split(separator: ".", omittingEmptySubsequences: false)
                switch scheme {
                case .year:
                    guard parts.count != 1 || parts[0].count != 4 || Int(parts[0]) == nil else { continue }
                    report.add(Self.info, specifier.text.span,
                               "expected the four-digit year of a language standard for `\(name)`, found `\(constraint.version)`",
                               help: ["C99 is `@>=1999`, C++17 `@>=2017`"])
                case .components(let count):
                    guard parts.count != count || parts.contains(where: { Int($0) == nil }) else { continue }
                    let form = count == 3 ? "MAJOR.MINOR.MICRO" : "MAJOR.MINOR"
                    report.add(Self.info, specifier.text.span,
                               "expected a \(form) version of the standard for `\(name)`, found `\(constraint.version)`")
                }
            }
        }
    }
}
