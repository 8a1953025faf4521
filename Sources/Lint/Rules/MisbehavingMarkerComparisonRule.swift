import PEP508
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

    func check(_ document: PyProject, _ report: inout Findings) {
        // The problems of each marker text, by comparison position: most markers repeat
        // and have none, and then their trees are never built again.
        var known: [Substring: [(comparison: Int, problem: String)]] = [:]
        for entry in document.requirements {
            let key = entry.markerSource
            if let key, known[key]?.isEmpty == true { continue }
            guard let comparisons = entry.marker?.comparisons else { continue }
            let problems: [(comparison: Int, problem: String)]
            if let key, let cached = known[key] {
                problems = cached
            } else {
                problems = comparisons.indices.compactMap { index in Self.problem(comparisons[index]).map { (index, $0) } }
                if let key { known[key] = problems }
            }
            for (index, problem) in problems {
                report.add(Self.info, entry.sourceRange(comparisons[index].span), problem)
            }
        }
    }

    /// What is wrong with `comparison` under the field type PEP508 gives its variable.
    static func problem(_ comparison: MarkerComparison) -> String? {
        let op = comparison.op.rawValue
        guard let (variable, literal, variableFirst) = comparison.variableAndLiteral else {
            if case .literal = comparison.lhs {
                return "expected a marker variable on one side, found two literals compared with `\(op)`"
            }
            return "expected a literal on one side, found two variables compared with `\(op)`"
        }
        let name = variable.name
        if comparison.op == .arbitraryEqual {
            return "expected `==`, found `===` (arbitrary equality compares `\(name)` as a raw string)"
        }
        switch variable.type {
        case .string, .extra:
            if comparison.isOrdering {
                return "expected `==`, `!=`, `in` or `not in` for the string `\(name)`, found `\(op)` (strings are not ordered)"
            }
        case .version:
            if comparison.op == .in || comparison.op == .notIn {
                return "expected a version comparison for `\(name)`, found `\(op)` (a substring test)"
            }
            if variableFirst, comparison.isOrdering, Version(literal) == nil {
                return "expected a version after `\(op)`, found `\(literal)` (the comparison falls back to strings)"
            }
        case .versionOrString:
            if comparison.isOrdering {
                return "expected `==`, `!=`, `in` or `not in` for `\(name)`, found `\(op)` (values such as `5.15.0-91-generic` are not PEP 440 versions)"
            }
        case .set:
            if comparison.op != .in && comparison.op != .notIn {
                return "expected `in` or `not in` for the set `\(name)`, found `\(op)`"
            }
            if variableFirst {
                return "expected `\"NAME\" in \(name)`, found `\(name)` on the left"
            }
        }
        return nil
    }

}
