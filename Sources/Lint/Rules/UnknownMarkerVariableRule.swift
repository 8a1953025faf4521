/// PC201: a marker names a variable PEP 508 does not define (`python_versions`,
/// `platform`), which pypa/packaging rejects.
struct UnknownMarkerVariableRule: LintRule {
    static let info = RuleInfo(
        code: "PC201", name: "unknown-marker-variable", severity: .error,
        summary: "A marker uses a variable that does not exist.",
        rationale: "Installers reject the requirement (or, in older tools, evaluate it unpredictably).",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"colorama; platform == 'win32'\"]",
        fix: "Use one of the variables of the dependency specifiers spec, for example `sys_platform`.")

    /// The variables of the dependency specifiers spec, for suggestions only: PEP508
    /// decides what is known (a test checks that it knows each of these).
    static let suggestions = [
        "os_name", "sys_platform", "platform_machine", "platform_python_implementation", "platform_release",
        "platform_system", "platform_version", "python_version", "python_full_version", "implementation_name",
        "implementation_version", "extra", "extras", "dependency_groups",
    ]

    func check(_ document: PyProject, _ report: inout Findings) {
        for entry in document.requirements {
            guard let (name, scalars) = entry.unknownVariable else { continue }
            let guess = Suggestion.nearest(to: name, in: Self.suggestions)
                ?? Self.suggestions.first { $0.hasSuffix("_" + name) }
                ?? Self.suggestions.first { $0.hasPrefix(name) || name.hasPrefix($0) }
            report.add(Self.info, entry.sourceRange(scalars), "expected a marker variable, found `\(name)`",
                       help: guess.map { ["did you mean `\($0)`?"] } ?? [])
        }
    }
}
