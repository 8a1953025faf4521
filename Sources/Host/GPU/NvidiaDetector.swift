/// Detects ``NvidiaFacts``.
///
/// Order: the PCI bus (`/sys/bus/pci/devices/*/{vendor,class}`); the driver version from
/// `/sys/module/nvidia/version`, else `/proc/driver/nvidia/version`; then, only when there is a
/// sign of an NVIDIA driver or GPU (those files, `/proc/driver/nvidia`, `/dev/nvidiactl`, WSL's
/// `/dev/dxg`, a PCI device), the child probe that loads libcuda (CUDA version without
/// `cuInit`, then `cuInit` and the devices) and NVML (driver, CUDA version, devices with MIG
/// mode). GPUs come from NVML, else libcuda, else `nvidia-smi`, else the names in
/// `/proc/driver/nvidia/gpus/*/information`.
struct NvidiaDetector {
    let world: any HostWorld
    let timeoutMilliseconds: Int

    static let nvidiaVendor = "0x10de"

    func detect(notes: inout [HostNote]) -> NvidiaFacts {
        var facts = NvidiaFacts()
        facts.pciDevices = pciDisplayControllers()
        if let version = world.value("/sys/module/nvidia/version") {
            facts.driverVersion = Fact(version, source: .sysfs, detail: "/sys/module/nvidia/version")
        } else if let version = procfsDriverVersion() {
            facts.driverVersion = Fact(version, source: .procfs, detail: "/proc/driver/nvidia/version")
        }
        let environment = world.environment
        facts.cudaVisibleDevices = environment["CUDA_VISIBLE_DEVICES"]
        let signs = facts.driverVersion != nil || !facts.pciDevices.isEmpty
            || ["/proc/driver/nvidia", "/dev/nvidiactl", "/dev/dxg"].contains(where: world.exists)
        guard signs else { return facts }

        let probe = world.driverProbe(timeoutMilliseconds: timeoutMilliseconds)
        if let failure = probe.failure {
            notes.append(HostNote(.warning, "driver-probe-failed", "the NVIDIA driver probe gave no answer: \(failure)"))
        }
        if let libcuda = probe.libcuda {
            facts.libcudaPath = libcuda.path
            if let error = libcuda.error {
                notes.append(HostNote(.warning, "libcuda-failed", "libcuda: \(error)"))
            }
            if let version = libcuda.driverVersion.flatMap(CUDAVersion.init(driverAPI:)) {
                facts.cudaVersion = Fact(version, source: .libcuda, detail: "cuDriverGetVersion")
            }
            if let result = libcuda.initResult, result != 0 {
                facts.cuInitResult = result
                let meaning = result == 100 ? " (no CUDA-capable device)" : ""
                notes.append(HostNote(.warning, "cuinit-failed", "cuInit returned \(result)\(meaning)"))
            }
        }
        if let nvml = probe.nvml {
            facts.nvmlPath = nvml.path
            if let error = nvml.error {
                notes.append(HostNote(.warning, "nvml-failed", "NVML: \(error)"))
            }
            if facts.driverVersion == nil, let version = nvml.driverVersion {
                facts.driverVersion = Fact(version, source: .nvml, detail: "nvmlSystemGetDriverVersion")
            }
            if facts.cudaVersion == nil, let version = nvml.cudaDriverVersion.flatMap(CUDAVersion.init(driverAPI:)) {
                facts.cudaVersion = Fact(version, source: .nvml, detail: "nvmlSystemGetCudaDriverVersion_v2")
            }
        }
        facts.gpus = gpus(probe: probe, facts: &facts)
        let capabilities = facts.gpus.compactMap(\.computeCapability)
        if !capabilities.isEmpty, let source = facts.gpus.first?.source {
            facts.computeCapabilities = Fact(capabilities, source: source)
        }
        if facts.gpus.isEmpty, facts.driverVersion == nil, !facts.pciDevices.isEmpty {
            notes.append(HostNote(.warning, "gpu-without-driver",
                                  "NVIDIA GPU on the PCI bus (\(facts.pciDevices.joined(separator: ", "))) but no working driver"))
        }
        return facts
    }

    private func gpus(probe: DriverProbeOutcome, facts: inout NvidiaFacts) -> [NvidiaGPU] {
        func convert(_ devices: [GPUAnswer], _ source: FactSource) -> [NvidiaGPU] {
            devices.enumerated().map { index, device in
                NvidiaGPU(index: index, name: device.name, computeCapability: device.computeCapability.flatMap(ComputeCapability.init(parsing:)),
                          mig: device.mig, pciBusID: device.pciBusID, source: source)
            }
        }
        if let devices = probe.nvml?.devices, !devices.isEmpty { return convert(devices, .nvml) }
        if let libcuda = probe.libcuda, libcuda.initResult == 0, !libcuda.devices.isEmpty {
            return convert(libcuda.devices, .libcuda)
        }
        if let answer = world.run(NvidiaSMIQuery.command, timeoutMilliseconds: timeoutMilliseconds) {
            if answer.exit == 0 {
                let rows = NvidiaSMIQuery.parse(answer.stdout)
                if facts.driverVersion == nil, let version = rows.first?.driverVersion {
                    facts.driverVersion = Fact(version, source: .nvidiaSMI, detail: "nvidia-smi --query-gpu")
                }
                if !rows.isEmpty { return rows.map(\.gpu) }
            }
        }
        // Names only, from the kernel driver.
        let directory = "/proc/driver/nvidia/gpus"
        return (world.contents(ofDirectory: directory) ?? []).enumerated().compactMap { index, bus in
            guard let text = world.text("\(directory)/\(bus)/information", limit: 64 << 10) else { return nil }
            let model = text.split(separator: "\n").first(where: { $0.hasPrefix("Model:") })
                .map { $0.dropFirst("Model:".count).trimmingASCIIWhitespace() }
            return NvidiaGPU(index: index, name: model, computeCapability: nil, mig: nil, pciBusID: bus, source: .procfs)
        }
    }

    private func pciDisplayControllers() -> [String] {
        let directory = "/sys/bus/pci/devices"
        return (world.contents(ofDirectory: directory) ?? []).filter { device in
            world.value("\(directory)/\(device)/vendor")?.lowercased() == NvidiaDetector.nvidiaVendor
                && world.value("\(directory)/\(device)/class")?.lowercased().hasPrefix("0x03") == true
        }
    }

    /// `NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  580.159.04  Release Build …`:
    /// the first word that looks like a dotted version.
    private func procfsDriverVersion() -> String? {
        guard let text = world.text("/proc/driver/nvidia/version", limit: 64 << 10),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("NVRM version:") }) else { return nil }
        return line.split(separator: " ").lazy.map(String.init).first { word in
            let parts = word.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
        }
    }
}
