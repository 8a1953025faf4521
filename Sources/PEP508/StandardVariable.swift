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

    // `names` and `legacy` are the reference tables; ``lookup(_:_:)`` is a hand-written
    // switch over them, checked against them by `StandardVariableTests`.

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
    ///
    /// A switch on the length (then a byte where spellings of one length differ) instead
    /// of a walk over ``names`` and ``legacy``: every marker variable goes through here.
    /// `StandardVariableTests` checks it against both tables.
    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> StandardVariable? {
        let base = range.lowerBound
        func spells(_ word: StaticString, _ variable: StandardVariable) -> StandardVariable? {
            let w = word.utf8Start
            for k in 0..<range.count where bytes[base + k] != w[k] { return nil }
            return variable
        }
        switch range.count {
        case 5: return spells("extra", .extra)
        case 6: return spells("extras", .extras)
        case 7: return spells("os_name", .osName) ?? spells("os.name", .osName)
        case 12: return spells("sys_platform", .sysPlatform) ?? spells("sys.platform", .sysPlatform)
        case 13: return spells("variant_label", .variantLabel)
        case 14: return spells("python_version", .pythonVersion)
        case 15: return spells("platform_system", .platformSystem)
        case 16:
            // platform_release, platform_version, platform_machine (also with `.`),
            // sys_abi_features, variant_features.
            switch bytes[base + 9] {
            case UInt8(ascii: "r"): return spells("platform_release", .platformRelease)
            case UInt8(ascii: "v"):
                return spells("platform_version", .platformVersion) ?? spells("platform.version", .platformVersion)
            case UInt8(ascii: "m"):
                return spells("platform_machine", .platformMachine) ?? spells("platform.machine", .platformMachine)
            case UInt8(ascii: "e"):
                return spells("sys_abi_features", .sysAbiFeatures) ?? spells("variant_features", .variantFeatures)
            default: return nil
            }
        case 17: return spells("dependency_groups", .dependencyGroups)
        case 18:
            return spells("variant_namespaces", .variantNamespaces) ?? spells("variant_properties", .variantProperties)
        case 19:
            return spells("python_full_version", .pythonFullVersion)
                ?? spells("implementation_name", .implementationName)
        case 21: return spells("python_implementation", .platformPythonImplementation)
        case 22: return spells("implementation_version", .implementationVersion)
        case 30:
            return spells("platform_python_implementation", .platformPythonImplementation)
                ?? spells("platform.python_implementation", .platformPythonImplementation)
        default: return nil
        }
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
