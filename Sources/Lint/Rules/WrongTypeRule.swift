/// PC105: a known field holds a value of the wrong TOML type (`dependencies = "x"`,
/// `authors = ["Jane"]`), or a table field has a key its specification does not define.
/// Build backends stop on these.
struct WrongTypeRule: ShapeRule {
    static let info = RuleInfo(
        code: "PC105", name: "wrong-type", severity: .error,
        summary: "A field has a value of the wrong type.",
        rationale: "The pyproject.toml specification fixes each field's type; backends reject other types.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = \"requests\"",
        fix: "Write the value in the specified form, for example `dependencies = [\"requests\"]`.")
}
