/// PC108: a key in `[project]` that the specification does not define.
struct UnknownProjectKeyRule: ShapeRule {
    static let info = RuleInfo(
        code: "PC108", name: "unknown-project-key", severity: .error,
        summary: "`[project]` has a key the specification does not define.",
        rationale: "Tools MUST NOT add keys to `[project]`; backends reject unknown ones, often only at build time.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\nhomepage = \"https://example.org\"",
        fix: "Remove the key, or move it to `[project.urls]` or `[tool.NAME]`.")
}
