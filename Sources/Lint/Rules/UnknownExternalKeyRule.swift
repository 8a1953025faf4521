/// PC501: a key in `[external]` other than PEP 725's seven.
struct UnknownExternalKeyRule: ShapeRule {
    static let info = RuleInfo(
        code: "PC501", name: "unknown-external-key", severity: .error,
        summary: "`[external]` has a key PEP 725 does not define.",
        rationale: "Tools ignore or reject unknown keys; a typo (`build-require`) silently drops dependencies.",
        example: "[external]\nbuild-require = [\"dep:virtual/compiler/c\"]",
        fix: "Use one of `build-requires`, `optional-build-requires`, `host-requires`, `optional-host-requires`, `dependencies`, `optional-dependencies`, `dependency-groups`.")
}
