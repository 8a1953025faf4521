/// PC404: a dependency group entry that is neither a requirement string nor a table
/// with exactly the key `include-group` (a string).
struct InvalidDependencyGroupItemRule: ShapeRule {
    static let info = RuleInfo(
        code: "PC404", name: "invalid-dependency-group-item", severity: .error,
        summary: "A dependency group holds something other than a requirement or an include.",
        rationale: "PEP 735 allows only requirement strings and `{include-group = \"NAME\"}`; tools reject the group.",
        example: "[dependency-groups]\ntest = [{include = \"dev\"}]",
        fix: "Write a requirement string or `{include-group = \"NAME\"}`.")
}
