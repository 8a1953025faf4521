/// The wheel-variant namespaces pepcheck implements natively (PEP 817 lets installers
/// reimplement providers), in the order pepcheck lists them.
public enum VariantProviders {
    /// Every namespace, including those with nothing supported on this machine (as variantlib
    /// lists each installed provider).
    public static func namespaces(_ report: HostReport, notes: inout [HostNote]) -> [VariantNamespace] {
        [
            VariantNamespace(namespace: "x86_64", configs: X86VariantProvider.configs(report)),
            VariantNamespace(namespace: "aarch64", configs: AArch64VariantProvider.configs(report)),
            VariantNamespace(namespace: "nvidia", configs: NvidiaVariantProvider.configs(report, notes: &notes)),
            VariantNamespace(namespace: "amd", configs: AMDVariantProvider.configs(report)),
        ]
    }

    /// Every supported property, `namespace :: feature :: value`, in priority order.
    public static func properties(_ report: HostReport) -> [String] {
        var notes: [HostNote] = []
        return namespaces(report, notes: &notes).flatMap { namespace in
            namespace.configs.flatMap { config in config.values.map { "\(namespace.namespace) :: \(config.name) :: \($0)" } }
        }
    }
}
