/// Detects ``CPUFacts`` from `uname(2)` and the first block of `/proc/cpuinfo`.
struct CPUDetector {
    let world: any HostWorld
    let machine: String?

    func detect() -> CPUFacts {
        var facts = CPUFacts()
        facts.architecture = machine.map { Fact($0, source: .uname) }
        guard let text = world.text("/proc/cpuinfo", limit: 4 << 20) else { return facts }
        let info = CPUInfo(text)
        let procfs = { (value: String) in Fact(value, source: .procfs, detail: "/proc/cpuinfo") }
        switch machine {
        case "x86_64", "amd64":
            let flags = info.words("flags")
            let vendor = info.fields["vendor_id"] ?? "generic"
            facts.vendor = info.fields["vendor_id"].map(procfs)
            facts.modelName = info.fields["model name"].map(procfs)
            guard !flags.isEmpty else { return facts }
            facts.flags = Fact(flags, source: .procfs, detail: "/proc/cpuinfo")
            let flagSet = Set(flags)
            let level = X86Level.level(flags: flagSet)
            if level > 0 { facts.x86_64Level = Fact(level, source: .derived, detail: "x86-64 psABI levels from /proc/cpuinfo flags") }
            let table = ArchspecTable.published
            if let host = table.host(family: "x86_64", vendor: vendor, features: flagSet, cpuPart: "") {
                facts.archspec = Fact(table.entries[host].name, source: .derived, detail: "archspec 0.2.7 data")
            }
        case "aarch64", "arm64":
            let features = info.words("Features")
            let table = ArchspecTable.published
            let implementer = info.fields["CPU implementer"]
            let vendor = implementer.map { table.armVendors[$0] ?? $0 } ?? "generic"
            facts.vendor = implementer.map { _ in Fact(vendor, source: .procfs, detail: "/proc/cpuinfo CPU implementer") }
            facts.cpuPart = info.fields["CPU part"].map(procfs)
            if !features.isEmpty { facts.flags = Fact(features, source: .procfs, detail: "/proc/cpuinfo") }
            if let host = table.host(family: "aarch64", vendor: vendor, features: Set(features),
                                     cpuPart: info.fields["CPU part"] ?? "") {
                facts.archspec = Fact(table.entries[host].name, source: .derived, detail: "archspec 0.2.7 data")
                let generic = table.entries[table.generic(of: host)].name
                facts.aarch64Version = Fact(AArch64Version.name(archspec: generic), source: .derived,
                                            detail: "archspec generic target \(generic)")
            }
        default:
            break
        }
        return facts
    }
}
