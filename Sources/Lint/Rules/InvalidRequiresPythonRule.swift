import PEP440

/// PC102: `requires-python` is not a PEP 440 specifier set.
struct InvalidRequiresPythonRule: LintRule {
    static let info = RuleInfo(
        code: "PC102", name: "invalid-requires-python", severity: .error,
        summary: "`project.requires-python` is not a valid version specifier set.",
        rationale: "Installers use it to choose a release; an invalid one makes the project uninstallable.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\nrequires-python = \">=3.8,\"",
        fix: "Write comma-separated specifiers such as `>=3.9` or `>=3.9,<4`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        guard let text = document.project?.requiresPython else { return }
        do throws(ParseError) {
            _ = try SpecifierSet(parsing: text.string)
        } catch {
            report.add(Self.info, text.sourceRange(scalars: error.span.start, error.span.end), error.message)
        }
    }
}
