/// The Markdown of `docs/rules.md` and of `pepcheck rules CODE`, from ``RuleRegistry``.
public enum RuleDocumentation {
    /// One rule's section.
    public static func markdown(for rule: RuleInfo) -> String {
        """
        ## \(rule.code) \(rule.name)

        Default severity: **\(rule.severity.rawValue)**

        \(rule.summary) \(rule.rationale)

        ```toml
        \(rule.example)
        ```

        Fix: \(rule.fix)

        """
    }

    /// The whole of `docs/rules.md`.
    public static func document() -> String {
        var text = "<!-- Generated from RuleRegistry by `swift test --filter RulesDocumentation` (PEPCHECK_UPDATE_SNAPSHOTS=1). Do not edit. -->\n"
        text += "# pepcheck lint rules\n\n| code | name | severity | summary |\n|---|---|---|---|\n"
        for rule in RuleRegistry.all {
            text += "| \(rule.code) | `\(rule.name)` | \(rule.severity.rawValue) | \(rule.summary.replacing("|", with: "\\|")) |\n"
        }
        text += "\nConfigure in `[tool.pepcheck]` (`select`, `ignore`, `[tool.pepcheck.rules.CODE] severity = …`) or with `--select` / `--ignore`: "
            + "codes or prefixes of codes, in either case (`PC3` and `pc3` select every PC3xx rule). An unknown code is an error (exit 2) in either place. "
            + "Input problems (PC001–PC005), invalid configuration (PC009) and invalid TOML (PC100) are always reported; "
            + "ignoring only those has no effect and earns a warning.\n\n"
            + "`pepcheck lint --fix` applies the fixes that PC203, PC205, PC206 and PC207 offer, in place: only the requirement string's bytes change, "
            + "in its own TOML quoting, each checked by the marker algebra to mean the same where the requirement is installed, and the file is replaced atomically. "
            + "Fixed findings are counted (`Fixed 2 warnings in 1 file.`); what remains decides the exit code.\n\n"
        return text + RuleRegistry.all.map(markdown(for:)).joined(separator: "\n")
    }
}
