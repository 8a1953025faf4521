import PEP440

/// PC103: `project.version` is not a PEP 440 version.
struct InvalidVersionRule: LintRule {
    static let info = RuleInfo(
        code: "PC103", name: "invalid-version", severity: .error,
        summary: "`project.version` is not a valid PEP 440 version.",
        rationale: "Build backends refuse to build, and indexes refuse to accept, a version they cannot order.",
        example: "[project]\nname = \"demo\"\nversion = \"1.0-final\"",
        fix: "Use a PEP 440 version such as `1.0`, `1.0rc1` or `1.0.post1`.")

    func check(_ document: PyProject, _ report: inout Findings) {
        guard let text = document.project?.version else { return }
        do throws(ParseError) {
            _ = try Version(parsing: text.string)
        } catch {
            report.add(Self.info, text.sourceRange(scalars: error.span.start, error.span.end), error.message)
        }
    }
}
