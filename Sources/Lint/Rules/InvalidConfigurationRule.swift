/// PC009: `[tool.pepcheck]` is not valid configuration: an unknown key, a value of the
/// wrong type, a code that names no rule (`PC99`, `pc302`), an unknown severity. Read
/// by ``ConfigurationReader``.
///
/// Like an unreadable file, an error here makes the file an input problem (exit 2), no
/// rule runs on it, and no selection hides it: the alternative, a configuration that
/// quietly selects nothing, passes every check. Example: `select = "PC3"`. Fix:
/// `select = ["PC3"]`. An `ignore` of codes that are always reported is a warning.
struct InvalidConfigurationRule: ShapeRule {
    static let info = RuleInfo(
        code: "PC009", name: "invalid-configuration", severity: .error,
        summary: "`[tool.pepcheck]` is not valid configuration.",
        rationale: "A misspelt option or an unknown code would otherwise be ignored or turn rules off, and the check would pass with settings the author did not intend. The file is not checked (exit 2), and this cannot be ignored or deselected.",
        example: "[tool.pepcheck]\nselect = \"PC3\"",
        fix: "Use `select = [\"PC3\"]` and `ignore = [\"PC306\"]` (codes or prefixes, in either case) and `[tool.pepcheck.rules.CODE] severity = \"error\"|\"warning\"|\"info\"`.")
}
