import PEP440

/// PC202: a marker comparison that cannot behave as written under the types of its
/// variable: ordering on strings (`os_name > "a"`), substring tests on versions
/// (`"3." in python_version`), version operators on `platform_release` (which is
/// rarely a PEP 440 version), `===`, set variables compared other than with
/// `in`/`not in`, or two literals (or two variables) compared.
struct MisbehavingMarkerComparisonRule: LintRule {
    static let info = RuleInfo(
        code: "PC202", name: "misbehaving-marker-comparison", severity: .error,
        summary: "A marker comparison cannot behave as written.",
        rationale: "Such comparisons fall back to string rules or to an error depending on the tool: `python_version > \"3.10\"` is fine, but `os_name > \"a\"` compares strings character by character and `platform_release >= \"5.10\"` is false on `5.15.0-91-generic` in some tools and an error in others.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"uvloop; '3.' in python_version\"]",
        fix: "Compare versions with version operators (`python_version >= \"3\"`), strings with `==`, `!=`, `in`, and sets with `in`/`not in`.")

    private static let ordering: Set<String> = ["<", "<=", ">", ">=", "~="]

    func check(_ document: PyProject, _ report: inout Findings) {
        for entry in document.allRequirements {
            for comparison in entry.marker?.comparisons ?? [] {
                if let problem = Self.problem(comparison) {
                    report.add(Self.info, entry.sourceRange(comparison.span), problem)
                }
            }
        }
    }

    static func problem(_ comparison: MarkerComparison) -> String? {
        let op = comparison.op
        guard let (variable, literal, variableFirst) = comparison.variableAndLiteral else {
            if case .literal = comparison.lhs {
                return "expected a marker variable on one side, found two literals compared with `\(op)`"
            }
            return "expected a literal on one side, found two variables compared with `\(op)`"
        }
        let name = MarkerVariable.legacyNames[variable] ?? variable
        guard let kind = MarkerVariable.kinds[name] else { return nil }
        if op == "===" {
            return "expected `==`, found `===` (arbitrary equality compares `\(variable)` as a raw string)"
        }
        switch kind {
        case .string, .extra:
            if ordering.contains(op) {
                return "expected `==`, `!=`, `in` or `not in` for the string `\(variable)`, found `\(op)` (strings are not ordered)"
            }
        case .version:
            if op == "in" || op == "not in" {
                return "expected a version comparison for `\(variable)`, found `\(op)` (a substring test)"
            }
            if !variableFirst && ordering.contains(op) {
                return nil
            }
            if ordering.contains(op) && Version(literal) == nil {
                return "expected a version after `\(op)`, found `\(literal)` (the comparison falls back to strings)"
            }
        case .platformRelease:
            if ordering.contains(op) {
                return "expected `==`, `!=`, `in` or `not in` for `platform_release`, found `\(op)` (release strings such as `5.15.0-91-generic` are not PEP 440 versions)"
            }
        case .set:
            if op != "in" && op != "not in" {
                return "expected `in` or `not in` for the set `\(variable)`, found `\(op)`"
            }
            if variableFirst {
                return "expected `\"NAME\" in \(variable)`, found `\(variable)` on the left"
            }
        }
        _ = literal
        return nil
    }
}
