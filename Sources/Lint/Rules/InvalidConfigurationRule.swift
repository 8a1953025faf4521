/// PC009: `[tool.pepcheck]` has an unknown key, rule or severity.
struct InvalidConfigurationRule: ShapeRule {
    static let info = RuleInfo(
        code: "PC009", name: "invalid-configuration", severity: .error,
        summary: "`[tool.pepcheck]` is not valid configuration.",
        rationale: "A misspelt option is otherwise silently ignored, and the rules run with settings the author did not intend.",
        example: "[tool.pepcheck]\nselec = [\"PC1\"]",
        fix: "Use `select`, `ignore` and `[tool.pepcheck.rules.CODE] severity = \"error\"|\"warning\"|\"info\"`.")
}
