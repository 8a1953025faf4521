/// The variables every ``MarkerVariables`` registry knows: those of the dependency
/// specifiers spec (plus `sys_abi_features`, PEP 780) and the variant markers of PEP 825.
/// The raw value is the slot of the variable in ``MarkerEnvironment``.
enum StandardVariable: Int, CaseIterable, Sendable {
    case pythonVersion, pythonFullVersion, osName, sysPlatform, platformRelease
    case platformSystem, platformVersion, platformMachine, platformPythonImplementation
    case implementationName, implementationVersion, extra, extras, dependencyGroups
    case sysAbiFeatures, variantLabel, variantNamespaces, variantFeatures, variantProperties

    var name: String {
        switch self {
        case .pythonVersion: "python_version"
        case .pythonFullVersion: "python_full_version"
        case .osName: "os_name"
        case .sysPlatform: "sys_platform"
        case .platformRelease: "platform_release"
        case .platformSystem: "platform_system"
        case .platformVersion: "platform_version"
        case .platformMachine: "platform_machine"
        case .platformPythonImplementation: "platform_python_implementation"
        case .implementationName: "implementation_name"
        case .implementationVersion: "implementation_version"
        case .extra: "extra"
        case .extras: "extras"
        case .dependencyGroups: "dependency_groups"
        case .sysAbiFeatures: "sys_abi_features"
        case .variantLabel: "variant_label"
        case .variantNamespaces: "variant_namespaces"
        case .variantFeatures: "variant_features"
        case .variantProperties: "variant_properties"
        }
    }

    var type: FieldType {
        switch self {
        case .pythonVersion, .pythonFullVersion, .implementationVersion: .version
        case .platformRelease, .platformVersion: .versionOrString
        case .extra: .extra
        case .extras, .dependencyGroups, .sysAbiFeatures, .variantNamespaces, .variantFeatures,
            .variantProperties:
            .set
        default: .string
        }
    }

    var normalization: LiteralNormalization {
        switch self {
        case .extra, .extras, .dependencyGroups: .name
        case .variantNamespaces, .variantFeatures, .variantProperties: .variant
        default: .none
        }
    }

    /// Spellings accepted in addition to the modern names (as pypa/packaging 26.3 accepts
    /// them); they are rewritten to the modern name.
    static let legacy: [(StaticString, StandardVariable)] = [
        ("os.name", .osName), ("sys.platform", .sysPlatform),
        ("platform.version", .platformVersion), ("platform.machine", .platformMachine),
        ("platform.python_implementation", .platformPythonImplementation),
        ("python_implementation", .platformPythonImplementation),
    ]

    static let names: [(StaticString, StandardVariable)] = [
        ("python_version", .pythonVersion), ("python_full_version", .pythonFullVersion),
        ("os_name", .osName), ("sys_platform", .sysPlatform),
        ("platform_release", .platformRelease), ("platform_system", .platformSystem),
        ("platform_version", .platformVersion), ("platform_machine", .platformMachine),
        ("platform_python_implementation", .platformPythonImplementation),
        ("implementation_name", .implementationName),
        ("implementation_version", .implementationVersion), ("extra", .extra),
        ("extras", .extras), ("dependency_groups", .dependencyGroups),
        ("sys_abi_features", .sysAbiFeatures), ("variant_label", .variantLabel),
        ("variant_namespaces", .variantNamespaces), ("variant_features", .variantFeatures),
        ("variant_properties", .variantProperties),
    ]

    static func named(_ name: String) -> StandardVariable? {
        var name = name
        return name.withUTF8 { lookup($0, 0..<$0.count) }
    }

    /// Finds the variable (modern or legacy spelling) spelled by `bytes[range]`.
    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> StandardVariable? {
        find(in: names, bytes, range) ?? find(in: legacy, bytes, range)
    }

    private static func find(
        in table: [(StaticString, StandardVariable)], _ bytes: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>
    ) -> StandardVariable? {
        for (spelling, variable) in table where spelling.utf8CodeUnitCount == range.count {
            let s = spelling.utf8Start
            var equal = true
            for k in 0..<range.count where bytes[range.lowerBound + k] != s[k] {
                equal = false
                break
            }
            if equal { return variable }
        }
        return nil
    }
}

/// How the literal compared with a variable is normalised at parse time, and how the
/// environment's values for it are normalised (so both sides agree).
enum LiteralNormalization: Sendable {
    case none
    /// PEP 503 / PEP 685 / PEP 735 name normalisation.
    case name
    /// PEP 825: whitespace around `::` is insignificant; rewritten to `a :: b :: c`.
    case variant

    func apply(_ value: String) -> String {
        switch self {
        case .none: value
        case .name: PackageName.normalize(value)
        case .variant: VariantValue.normalize(value)
        }
    }
}
