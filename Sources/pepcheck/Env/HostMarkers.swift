import Host
import PEP440
import JSON
import PEP508

/// The marker environment `eval` and `external show/check` evaluate in: this machine's, with `--env` on top.
enum HostMarkers {
    /// The variables ``detect(_:)`` gives values: the marker environment of the dependency
    /// specifiers spec and `sys_abi_features` (PEP 780).
    private static let detectedNames: Set<String> = [
        "python_version", "python_full_version", "os_name", "sys_platform", "platform_release",
        "platform_system", "platform_version", "platform_machine", "platform_python_implementation",
        "implementation_name", "implementation_version", "sys_abi_features",
    ]

    /// The interpreter's marker environment (with `sys_abi_features`), and the fields that had
    /// no value because no interpreter answered.
    private static func detect(_ choice: HostChoice) throws -> (environment: MarkerEnvironment, unavailable: [String], reason: String?) {
        let report = try choice.detector().detectInterpreter()
        var environment = MarkerEnvironment()
        for (name, value) in report.interpreter.markerEnvironment { environment[name] = .string(value) }
        if let features = report.interpreter.sysABIFeatures?.value { environment["sys_abi_features"] = .set(Set(features)) }
        var unavailable = report.interpreter.unavailableFields
        if report.interpreter.markerSource != .python { unavailable.append("sys_abi_features") }
        let reason = report.notes.first(where: { $0.code == "no-interpreter" })?.message
        return (environment, unavailable, reason)
    }

    /// The environment `markers` are evaluated in: `overrides` (an `--env` file's values,
    /// its name `file`) over this machine's. The machine is asked only when the markers read
    /// one of its values the overrides do not give, or for `everything` (`eval --json` prints
    /// it all): a file that gives them makes the answer independent of the machine, and runs
    /// no interpreter.
    static func environment(
        over overrides: MarkerEnvironment, file: String?, reading markers: [Marker], choice: HostChoice,
        everything: Bool = false
    ) throws -> MarkerEnvironment {
        if let file { warnUnknownNames(overrides, file: file) }
        let supplied = Set(overrides.names)
        var environment = MarkerEnvironment()
        if everything || !detectedNames.intersection(variables(of: markers)).isSubset(of: supplied) {
            let detected = try detect(choice)
            environment = detected.environment
            warnUnavailable(detected.unavailable, reason: detected.reason, supplied: supplied)
        }
        for name in overrides.names { environment[name] = overrides[name] }
        return environment
    }

    /// The names of the variables `markers` read.
    private static func variables(of markers: [Marker]) -> Set<String> {
        var names: Set<String> = []
        var pending = markers.map(\.tree)
        while let next = pending.popLast() {
            switch next {
            case .comparison(let comparison):
                for case .variable(let variable) in [comparison.lhs, comparison.rhs] { names.insert(variable.name) }
            case .group(let terms, _):
                pending += terms
            }
        }
        return names
    }

    /// Says on standard error which names of an `--env` file are no marker variable: a
    /// misspelt one would otherwise leave the marker reading this machine's value.
    private static func warnUnknownNames(_ environment: MarkerEnvironment, file: String) {
        for name in environment.names where MarkerVariables.standard.type(of: name) == nil {
            Output.error("warning: \(TerminalText.sanitized(file)): `\(TerminalText.sanitized(name))` is not a marker variable; it is ignored\n")
        }
    }

    /// Says on standard error which values were not available (and what they default to),
    /// leaving out those an `--env` file supplied.
    private static func warnUnavailable(_ unavailable: [String], reason: String?, supplied: Set<String>) {
        let missing = unavailable.filter { !supplied.contains($0) }
        guard !missing.isEmpty else { return }
        let why = reason.map { " (\($0))" } ?? ""
        Output.error("warning: no interpreter answered\(why); not available: \(missing.joined(separator: ", ")) "
                        + "(versions evaluate as \"0\", strings as \"\", sets are unset); give --python PATH or --env FILE\n")
    }

    /// The environment as JSON, sets as sorted lists.
    static func json(_ environment: MarkerEnvironment) -> JSONValue {
        .object(environment.names.compactMap { name in
            switch environment[name] {
            case .string(let value)?: (name, .string(value))
            case .set(let values)?: (name, .array(values.sorted().map { .string($0) }))
            case nil: nil
            }
        })
    }
}
