/// A short report for people: one fact a line with where it came from, then the notes.
public enum HumanRenderer {
    public static func render(_ report: HostReport) -> String {
        var lines: [(String, String)] = []
        func source<T>(_ fact: Fact<T>?) -> String {
            guard let fact else { return "" }
            return " (\(fact.source.rawValue)" + (fact.detail.map { " \($0)" } ?? "") + ")"
        }
        let os = report.os
        if let name = os.distributionName ?? os.distributionID { lines.append(("os", name.value + source(name))) }
        if let system = os.system {
            let kernel = [system.value, os.release?.value, os.machine?.value].compactMap { $0 }.joined(separator: " ")
            lines.append(("kernel", kernel + source(system)))
        }
        if let container = os.container { lines.append(("container", container.value + source(container))) }
        if let wsl = os.wsl, wsl.value { lines.append(("wsl", "yes" + source(wsl))) }
        if let family = report.libc.family {
            let text = [family.value, report.libc.version?.value].compactMap { $0 }.joined(separator: " ")
            lines.append(("libc", text + source(report.libc.version ?? family)))
        }
        let cpu = report.cpu
        if let architecture = cpu.architecture {
            var text = architecture.value
            if let vendor = cpu.vendor?.value { text += ", \(vendor)" }
            if let model = cpu.modelName?.value { text += ", \(model)" }
            lines.append(("cpu", text + source(cpu.vendor ?? architecture)))
        }
        if let level = cpu.x86_64Level { lines.append(("x86-64 level", "v\(level.value)" + source(level))) }
        if let version = cpu.aarch64Version { lines.append(("arm version", version.value + source(version))) }
        if let archspec = cpu.archspec { lines.append(("archspec", archspec.value + source(archspec))) }
        let nvidia = report.nvidia
        if let driver = nvidia.driverVersion { lines.append(("nvidia driver", driver.value + source(driver))) }
        if let cuda = nvidia.cudaVersion { lines.append(("cuda", cuda.value.description + source(cuda))) }
        for gpu in nvidia.gpus {
            var parts = [gpu.name ?? "unknown GPU"]
            if let capability = gpu.computeCapability { parts.append("compute capability \(capability)") }
            if let mig = gpu.mig { parts.append(mig ? "MIG enabled" : "MIG disabled") }
            lines.append(("gpu \(gpu.index)", parts.joined(separator: ", ") + " (\(gpu.source.rawValue))"))
        }
        if let capabilities = nvidia.computeCapabilities, capabilities.source == .override {
            lines.append(("cuda arch", capabilities.value.map(\.description).joined(separator: ", ") + source(capabilities)))
        }
        let amd = report.amd
        if let rocm = amd.rocmVersion { lines.append(("rocm", rocm.value + source(rocm))) }
        if let targets = amd.gfxTargets {
            let usable = amd.kfdPresent.map { $0.value ? "" : ", /dev/kfd missing" } ?? ""
            lines.append(("amd gpus", targets.value.joined(separator: ", ") + usable + source(targets)))
        }
        let interpreter = report.interpreter
        if let executable = interpreter.executable {
            let environment = Dictionary(interpreter.markerEnvironment.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
            let name = [environment["platform_python_implementation"], environment["python_full_version"]]
                .compactMap { $0 }.joined(separator: " ")
            lines.append(("python", "\(name), \(executable.value)" + source(executable)))
        } else {
            lines.append(("python", "none (marker values from uname)"))
        }
        if let features = interpreter.sysABIFeatures {
            lines.append(("abi features", features.value.joined(separator: ", ") + source(features)))
        }
        let width = (lines.map(\.0.count).max() ?? 0) + 2
        var text = lines.map { label, value in
            (label + ":").padding(to: width) + value
        }
        for note in report.notes { text.append("\(note.severity.rawValue): \(note.message)") }
        return text.joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
