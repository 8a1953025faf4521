/// PC305: a field listed in `dynamic` and also given a value in `[project]`.
struct DynamicGivenStaticallyRule: LintRule {
    static let info = RuleInfo(
        code: "PC305", name: "dynamic-field-given-statically", severity: .error,
        summary: "A field is both listed in `dynamic` and given statically.",
        rationale: "The specification forbids it: backends MUST raise an error, since it is unclear which value wins.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndynamic = [\"version\"]",
        fix: "Remove the static value, or remove the field from `dynamic`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        guard let project = document.project else { return }
        var given: [String: Spanned<String>] = [:]
        for key in project.keys where given[key.value] == nil { given[key.value] = key }
        for field in project.dynamic {
            guard let key = given[field.value] else { continue }
            report.add(Self.info, field.span, "expected `\(field.value)` either in `dynamic` or given, found both",
                       notes: ["`\(field.value)` is given at byte \(key.span.lowerBound)"])
        }
    }
}
