/// PC502: an `[external]` value of the wrong type (a string where an array is
/// required, an array where a table of arrays is required).
struct InvalidExternalTypeRule: ShapeRule {
    static let info = RuleInfo(
        code: "PC502", name: "invalid-external-type", severity: .error,
        summary: "An `[external]` value has the wrong type.",
        rationale: "PEP 725 fixes the shape: arrays of DepURL strings, or tables of such arrays for the optional keys and groups.",
        example: "[external]\nhost-requires = \"dep:generic/openssl\"",
        fix: "Write an array (`host-requires = [\"dep:generic/openssl\"]`), or a table of arrays for the `optional-*` keys.")
}
