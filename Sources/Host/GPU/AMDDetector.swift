/// Detects ``AMDFacts``: the ROCm version file (`$ROCM_PATH/.info/version`, else
/// `/opt/rocm/.info/version`), the GPUs of `/sys/class/kfd/kfd/topology/nodes/*/properties`
/// (`gfx_target_version`), `/dev/kfd`, and `/sys/module/amdgpu/version`.
struct AMDDetector {
    let world: any HostWorld

    func detect(notes: inout [HostNote]) -> AMDFacts {
        var facts = AMDFacts()
        var versionFiles: [(path: String, source: FactSource)] = []
        if let root = world.environment["ROCM_PATH"], !root.isEmpty {
            versionFiles.append((root + "/.info/version", .environment))
        }
        versionFiles.append(("/opt/rocm/.info/version", .file))
        for file in versionFiles {
            if let version = world.value(file.path) {
                facts.rocmVersion = Fact(version, source: file.source, detail: file.path)
                break
            }
        }
        if let version = world.value("/sys/module/amdgpu/version") {
            facts.driverVersion = Fact(version, source: .sysfs, detail: "/sys/module/amdgpu/version")
        }
        let nodes = "/sys/class/kfd/kfd/topology/nodes"
        let numbered = (world.contents(ofDirectory: nodes) ?? []).compactMap { name in Int(name).map { ($0, name) } }.sorted { $0.0 < $1.0 }
        for (node, name) in numbered {
            guard let text = world.text("\(nodes)/\(name)/properties", limit: 64 << 10) else { continue }
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard words.count == 2, words[0] == "gfx_target_version", let version = Int(words[1]) else { continue }
                if let target = AMDGPU.gfxTarget(version: version) { facts.gpus.append(AMDGPU(node: node, gfxTarget: target)) }
            }
        }
        if !facts.gpus.isEmpty {
            facts.gfxTargets = Fact(facts.gpus.map(\.gfxTarget), source: .sysfs, detail: "\(nodes)/*/properties")
            let present = world.exists("/dev/kfd")
            facts.kfdPresent = Fact(present, source: .file, detail: "/dev/kfd")
            if !present {
                notes.append(HostNote(.warning, "kfd-missing", "AMD GPUs in the KFD topology but no /dev/kfd: ROCm cannot use them here"))
            }
        }
        return facts
    }
}
