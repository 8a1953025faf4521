import PEP508

/// PC203: a pre-PEP 508 variable spelling (`os.name`, `sys.platform`,
/// `python_implementation`) that pypa/packaging still accepts but the spec does not.
struct LegacyMarkerNameRule: LintRule {
    static let info = RuleInfo(
        code: "PC203", name: "legacy-marker-name", severity: .warning,
        summary: "A marker uses a legacy variable name.",
        rationale: "Only some tools accept the PEP 345 spellings; uv and strict PEP 508 parsers reject them.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"pywin32; os.name == 'nt'\"]",
        fix: "Use the PEP 508 name (`os_name`, `sys_platform`, `platform_python_implementation`).")

    func check(_ document: PyProject, _ report: inout Findings) {
        for entry in document.allRequirements {
            for comparison in entry.marker?.comparisons ?? [] {
                // PEP508 stores the modern name; the source text shows the spelling used.
                let text = entry.substring(comparison.span)
                for (operand, atStart) in [(comparison.lhs, true), (comparison.rhs, false)] {
                    guard case .variable(let variable) = operand else { continue }
                    let isNameScalar = { (s: Unicode.Scalar) in s.properties.isAlphabetic || s == "_" || s == "." || ("0"..."9").contains(s) }
                    let written = atStart ? String(String.UnicodeScalarView(text.prefix(while: isNameScalar)))
                                          : String(String.UnicodeScalarView(text.reversed().prefix(while: isNameScalar).reversed()))
                    guard written != variable.name, !written.isEmpty else { continue }
                    let count = written.unicodeScalars.count
                    let start = atStart ? comparison.span.start : comparison.span.end - count
                    report.add(Self.info, entry.sourceRange(start..<start + count),
                               "expected `\(variable.name)`, found legacy name `\(written)`", fix: variable.name)
                }
            }
        }
    }
}
