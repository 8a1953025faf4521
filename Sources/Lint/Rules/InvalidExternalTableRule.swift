/// PC502: `[external]` does not have PEP 725's shape: a value of the wrong type (a
/// string where an array is required, an array where a table of arrays is required),
/// extra or group names equal after normalisation, a malformed or dangling
/// `{include-group = …}`. The External module's `ExternalTable` reader finds these.
struct InvalidExternalTableRule: ShapeRule {
    static let info = RuleInfo(
        code: "PC502", name: "invalid-external-table", severity: .error,
        summary: "`[external]` does not have the shape PEP 725 defines.",
        rationale: "PEP 725 fixes the shape: arrays of DepURL strings, or tables of such arrays for the optional keys and groups, with unique names; tools reject anything else.",
        example: "[external]\nhost-requires = \"dep:generic/openssl\"",
        fix: "Write an array (`host-requires = [\"dep:generic/openssl\"]`), or a table of arrays for the `optional-*` keys.")
}
