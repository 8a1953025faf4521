import JSON

/// Every fact with its source, in the documented schema `pepcheck-env/1` (docs/env.md).
public enum JSONRenderer {
    public static let schema = "pepcheck-env/1"

    public static func json(_ report: HostReport) -> JSONValue {
        var notes: [HostNote] = report.notes
        let namespaces = VariantProviders.namespaces(report, notes: &notes)
        return .object([
            ("schema", .string(schema)),
            ("os", .object([
                ("system", fact(report.os.system, string)), ("release", fact(report.os.release, string)),
                ("machine", fact(report.os.machine, string)), ("distribution_id", fact(report.os.distributionID, string)),
                ("distribution_version", fact(report.os.distributionVersion, string)),
                ("distribution_name", fact(report.os.distributionName, string)),
                ("container", fact(report.os.container, string)), ("wsl", fact(report.os.wsl, JSONValue.bool)),
            ])),
            ("libc", .object([("family", fact(report.libc.family, string)), ("version", fact(report.libc.version, string))])),
            ("cpu", .object([
                ("architecture", fact(report.cpu.architecture, string)), ("vendor", fact(report.cpu.vendor, string)),
                ("model_name", fact(report.cpu.modelName, string)), ("cpu_part", fact(report.cpu.cpuPart, string)),
                ("x86_64_level", fact(report.cpu.x86_64Level, JSONValue.init)),
                ("archspec", fact(report.cpu.archspec, string)),
                ("aarch64_version", fact(report.cpu.aarch64Version, string)),
                ("flags", fact(report.cpu.flags, strings)),
            ])),
            ("nvidia", nvidia(report.nvidia)),
            ("amd", .object([
                ("rocm_version", fact(report.amd.rocmVersion, string)),
                ("driver_version", fact(report.amd.driverVersion, string)),
                ("kfd", fact(report.amd.kfdPresent, JSONValue.bool)),
                ("gfx_targets", fact(report.amd.gfxTargets, strings)),
                ("gpus", .array(report.amd.gpus.map { .object([("node", JSONValue($0.node)), ("gfx_target", .string($0.gfxTarget))]) })),
            ])),
            ("interpreter", .object([
                ("executable", fact(report.interpreter.executable, string)),
                ("marker_source", .string(report.interpreter.markerSource?.rawValue)),
                ("marker_environment", .object(report.interpreter.markerEnvironment.map { ($0.name, .string($0.value)) })),
                ("unavailable_fields", strings(report.interpreter.unavailableFields)),
                ("sys_abi_features", fact(report.interpreter.sysABIFeatures, strings)),
            ])),
            ("variants", .object(namespaces.map { ($0.namespace, .array($0.configs.map { config in
                .object([("name", .string(config.name)), ("values", strings(config.values)), ("multi_value", .bool(config.multiValue))])
            })) })),
            ("conda", .array(CondaRenderer.packages(report).map { .string("\($0.name)=\($0.version)=\($0.build)") })),
            ("notes", .array(notes.map { .object([("severity", .string($0.severity.rawValue)), ("code", .string($0.code)),
                                                  ("message", .string($0.message))]) })),
        ])
    }

    public static func render(_ report: HostReport) -> String { json(report).prettyPrinted }

    private static func nvidia(_ facts: NvidiaFacts) -> JSONValue {
        .object([
            ("driver_version", fact(facts.driverVersion, string)),
            ("cuda_version", fact(facts.cudaVersion) { .string($0.description) }),
            ("compute_capabilities", fact(facts.computeCapabilities) { strings($0.map(\.description)) }),
            ("gpus", .array(facts.gpus.map { gpu in
                .object([
                    ("index", JSONValue(gpu.index)), ("name", .string(gpu.name)),
                    ("compute_capability", .string(gpu.computeCapability?.description)),
                    ("mig", gpu.mig.map(JSONValue.bool) ?? .null), ("pci_bus_id", .string(gpu.pciBusID)),
                    ("source", .string(gpu.source.rawValue)),
                ])
            })),
            ("pci_devices", strings(facts.pciDevices)),
            ("libcuda", .string(facts.libcudaPath)), ("nvml", .string(facts.nvmlPath)),
            ("cuinit_result", facts.cuInitResult.map(JSONValue.init) ?? .null),
            ("cuda_visible_devices", .string(facts.cudaVisibleDevices)),
        ])
    }

    private static func string(_ value: String) -> JSONValue { .string(value) }

    private static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

    private static func fact<T>(_ fact: Fact<T>?, _ value: (T) -> JSONValue) -> JSONValue {
        guard let fact else { return .null }
        var members: [(String, JSONValue)] = [("value", value(fact.value)), ("source", .string(fact.source.rawValue))]
        if let detail = fact.detail { members.append(("detail", .string(detail))) }
        return .object(members)
    }
}
