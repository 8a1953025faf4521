/// The `x86_64` namespace as provider-variant-x86-64 0.0.1.post2 computes it: archspec's host
/// microarchitecture (over the archspec data that provider vendors); `level` from its best
/// generic target (`x86_64_vN`: vN … v1; none at all when that is plain `x86_64`); then
/// `feature :: on` for each feature of the provider's list the microarchitecture has.
enum X86VariantProvider {
    /// provider-variant-x86-64's feature list, in its order of preference.
    static let features = """
        avx_vnni cppc ibrs_enhanced tsc_adjust flush_l1d movdir64b movdiri avx512_bf16 avx512_bitalg avx512_vbmi2 \
        avx512_vnni avx512_vp2intersect avx512_vpopcntdq avx512ifma avx512vbmi rdpid sha_ni vaes vpclmulqdq clwb clzero \
        avx512bw avx512cd avx512dq avx512f avx512vl clflushopt gfni rdseed xsavec xsaveopt adx avx2 avx bmi2 bmi1 abm f16c \
        fma movbe xsave rdrand aes pclmulqdq sse4a fsgsbase sse4_2 sse4_1 ssse3 sse3 cx16 lahf_lm popcnt sse2 sse mmx
        """.split(separator: " ").map(String.init)

    static let maxKnownLevel = 4

    static func configs(_ report: HostReport) -> [VariantFeatureConfig] {
        guard report.cpu.architecture?.value == "x86_64", let flags = report.cpu.flags?.value else { return [] }
        let table = ArchspecTable.variantProviders
        var host = table.host(family: "x86_64", vendor: report.cpu.vendor?.value ?? "generic", features: Set(flags), cpuPart: "")
        if let archspec = report.cpu.archspec, archspec.source == .override { host = table[archspec.value] ?? host }
        guard let host else { return [] }
        let generic = table.entries[table.generic(of: host)].name
        var level = generic.hasPrefix("x86_64_v") ? Int(generic.dropFirst("x86_64_v".count)) : nil
        if let override = report.cpu.x86_64Level, override.source == .override { level = override.value }
        if report.cpu.x86_64Level == nil, report.environment["PEPCHECK_OVERRIDE_X86_64_LEVEL"] != nil { level = nil }
        guard let level else { return [] }
        var configs = [VariantFeatureConfig(name: "level", values: (1...min(level, maxKnownLevel)).reversed().map { "v\($0)" })]
        for feature in features where table.has(host, feature: feature) {
            configs.append(VariantFeatureConfig(name: feature, values: ["on"]))
        }
        return configs
    }
}
