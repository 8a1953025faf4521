/// The `amd` namespace as wheelnext's amd-variant-provider computes it: `gfx_arch`
/// (multi-valued) with the GPUs' targets, sorted and unique; then `rocm_version` as
/// `major.minor`. `AMD_VARIANT_PROVIDER_FORCE_GFX_ARCH` (a list) and
/// `AMD_VARIANT_PROVIDER_FORCE_ROCM_VERSION` replace the detected values when non-empty.
enum AMDVariantProvider {
    static func configs(_ report: HostReport) -> [VariantFeatureConfig] {
        let environment = report.environment
        var configs: [VariantFeatureConfig] = []
        var targets = report.amd.gfxTargets?.value ?? []
        if let forced = environment["AMD_VARIANT_PROVIDER_FORCE_GFX_ARCH"], !forced.isEmpty {
            targets = forced.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        } else {
            targets = Array(Set(targets)).sorted()
        }
        if !targets.isEmpty { configs.append(VariantFeatureConfig(name: "gfx_arch", values: targets, multiValue: true)) }
        var rocm = report.amd.rocmVersion?.value
        if let forced = environment["AMD_VARIANT_PROVIDER_FORCE_ROCM_VERSION"], !forced.isEmpty { rocm = forced }
        if let rocm {
            let parts = rocm.split(whereSeparator: { $0 == "." || $0 == "-" })
            if parts.count >= 2, let major = Int(parts[0]), let minor = Int(parts[1]) {
                configs.append(VariantFeatureConfig(name: "rocm_version", values: ["\(major).\(minor)"]))
            }
        }
        return configs
    }
}
