import PEP508

/// The environments markers are evaluated in: two real interpreters (a Linux CPython
/// 3.11, from the CLI tests' fixture, and a Windows CPython 3.8 with an untagged `+`
/// build), and one built from the marker itself, so that comparisons meet the values
/// they name and take both branches.
enum MarkerEnvironments {
    static let linux: MarkerEnvironment = [
        "implementation_name": "cpython", "implementation_version": "3.11.7", "os_name": "posix",
        "platform_machine": "x86_64", "platform_python_implementation": "CPython",
        "platform_release": "6.1.0-18-amd64", "platform_system": "Linux",
        "platform_version": "#1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01)",
        "python_full_version": "3.11.7", "python_version": "3.11", "sys_platform": "linux",
        "extras": ["test", "doc"], "dependency_groups": ["dev"], "sys_abi_features": ["gil"],
    ]

    static let windows: MarkerEnvironment = [
        "implementation_name": "cpython", "implementation_version": "3.8.10", "os_name": "nt",
        "platform_machine": "AMD64", "platform_python_implementation": "CPython",
        "platform_release": "10", "platform_system": "Windows", "platform_version": "10.0.19045",
        "python_full_version": "3.8.10+", "python_version": "3.8", "sys_platform": "win32", "extra": "Test_Extra",
        "variant_label": "cu12", "variant_namespaces": ["nvidia"], "variant_features": ["nvidia :: cuda_version_lower_bound"],
        "variant_properties": ["nvidia :: cuda_version_lower_bound :: 12.0"],
    ]

    static let contexts: [MarkerContext] = [.metadata, .lockFile, .requirement]

    /// Every standard variable given a value, as the marker algebra assumes (its
    /// EnvironmentModel): `python_version` is `X.Y` of `python_full_version`.
    static let completeLinux = completed(linux, extra: "test")
    static let completeWindows = completed(windows, extra: "Test_Extra")

    private static func completed(_ base: MarkerEnvironment, extra: String) -> MarkerEnvironment {
        var environment = base
        let defaults: [(String, MarkerValue)] = [
            ("extra", .string(extra)), ("extras", .set([])), ("dependency_groups", .set([])),
            ("sys_abi_features", .set([])), ("variant_label", .string("")), ("variant_namespaces", .set([])),
            ("variant_features", .set([])), ("variant_properties", .set([])),
        ]
        for (name, value) in defaults where environment[name] == nil { environment[name] = value }
        return environment
    }

    /// Every variable compared with a literal gets that literal (the first one met) as
    /// its value: a one-element set for set variables.
    static func matching(_ tree: MarkerTree) -> MarkerEnvironment {
        var environment = MarkerEnvironment()
        var pending = [tree]
        while let node = pending.popLast() {
            switch node {
            case .group(let terms, _):
                pending += terms.reversed()
            case .comparison(let comparison):
                let pair: (MarkerVariable, String)? = switch (comparison.lhs, comparison.rhs) {
                case let (.variable(variable), .literal(literal)), let (.literal(literal), .variable(variable)): (variable, literal)
                default: nil
                }
                guard let (variable, literal) = pair, environment[variable.name] == nil else { continue }
                environment[variable.name] = variable.type == .set ? .set([literal]) : .string(literal)
            }
        }
        return environment
    }

    /// The environments for one marker.
    static func all(for marker: Marker) -> [MarkerEnvironment] {
        [linux, windows, matching(marker.tree)]
    }
}
