/// One fuzz target: a function that runs an input through a part of pepcheck and stops
/// the process (see ``require(_:_:file:line:)``) when a property does not hold.
struct FuzzTarget: Sendable {
    /// The name `Scripts/fuzz` and `PEPCHECK_FUZZ_TARGET` use; also the name of its seed
    /// corpus (`Fuzz/corpus/NAME`) and dictionary (`Fuzz/dict/NAME.dict`).
    let name: String
    let summary: String
    let run: @Sendable ([UInt8]) -> Void

    static let all: [FuzzTarget] = [
        FuzzTarget(name: "version", summary: "PEP 440 versions: round trip, accessors, total order", run: VersionTarget.run),
        FuzzTarget(name: "specifier", summary: "specifier sets: round trip, contains agrees with filter and with the spec's equivalences", run: SpecifierTarget.run),
        FuzzTarget(name: "requirement", summary: "PEP 508 requirements: round trip with equal meaning", run: RequirementTarget.run),
        FuzzTarget(name: "marker", summary: "markers: round trip, evaluation agrees across forms, and/or", run: MarkerTarget.run),
        FuzzTarget(name: "algebra", summary: "the marker algebra's answers checked by evaluating the markers", run: AlgebraTarget.run),
        FuzzTarget(name: "lint", summary: "a pyproject.toml through the TOML reader, every lint rule and every renderer, in memory", run: LintTarget.run),
        FuzzTarget(name: "fix", summary: "lint --fix in memory: valid, idempotent, only requirement strings rewritten, same meaning", run: FixTarget.run),
        FuzzTarget(name: "depurl", summary: "PEP 725 DepURLs: round trip, version ranges", run: DepURLTarget.run),
        FuzzTarget(name: "yaml", summary: "the YAML loader (re-emitted documents load equal) and the mapping-table reader", run: YAMLTarget.run),
        FuzzTarget(name: "protocol", summary: "the JSON parser (serialise round trip) and the conformance protocol's dispatcher", run: ProtocolTarget.run),
    ]

    static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

    /// The target chosen at start-up; set once, before libFuzzer runs any input.
    nonisolated(unsafe) static var selected: FuzzTarget?
}
