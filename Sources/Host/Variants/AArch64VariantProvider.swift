/// The `aarch64` namespace as provider-variant-aarch64 0.0.1.post2 computes it: `version` from
/// archspec's best generic target of the host (capped at `armv9.0a`) and its ancestors
/// (`8.2a`, `8.1a`, `8a`); then `feature :: on` for each feature of the provider's list the
/// host microarchitecture has.
enum AArch64VariantProvider {
    /// provider-variant-aarch64's feature list, in its order. `asimdrdmatomics` is the
    /// provider's: a missing comma joins `asimdrdm` and `atomics`, so neither is ever reported.
    static let features = """
        sve2 flagm2 frint sb btiecv paca pacg ssbs asimdfhm bf16 dcpodp dgh dit flagm i8mm ilrcpc jscvt rng sha3 sha512 \
        svebf16 svei8mm uscat asimddp lrcpc asimdhp dcpop fcma fphp sve asimdrdmatomics aes asimd cpuid crc32 evtstrm fp \
        pmull sha1 sha2
        """.split(separator: " ").map(String.init)

    static let maxKnownVersion = "armv9.0a"

    static func configs(_ report: HostReport) -> [VariantFeatureConfig] {
        guard report.cpu.architecture?.value == "aarch64", let flags = report.cpu.flags?.value else { return [] }
        let table = ArchspecTable.variantProviders
        var vendor = "generic"
        if report.cpu.vendor != nil, let implementer = report.cpu.vendor?.value { vendor = implementer }
        guard let host = table.host(family: "aarch64", vendor: vendor, features: Set(flags),
                                    cpuPart: report.cpu.cpuPart?.value ?? "") else { return [] }
        var generic = table.generic(of: host)
        if let cap = table[maxKnownVersion], table.entries[generic].ancestors.contains(cap) { generic = cap }
        let versions = ([generic] + table.entries[generic].ancestors).map { AArch64Version.name(archspec: table.entries[$0].name) }
        var configs = [VariantFeatureConfig(name: "version", values: versions)]
        for feature in features where table.has(host, feature: feature) {
            configs.append(VariantFeatureConfig(name: feature, values: ["on"]))
        }
        return configs
    }
}
