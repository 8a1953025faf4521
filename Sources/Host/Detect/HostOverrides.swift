/// `PEPCHECK_OVERRIDE_*`: facts set by hand, for Docker builds and CI that build for another
/// machine. A set variable replaces the detected fact (source `override`); an empty one
/// removes it.
enum HostOverrides {
    static let names = [
        "PEPCHECK_OVERRIDE_CUDA", "PEPCHECK_OVERRIDE_CUDA_ARCH", "PEPCHECK_OVERRIDE_GLIBC",
        "PEPCHECK_OVERRIDE_X86_64_LEVEL", "PEPCHECK_OVERRIDE_ARCHSPEC", "PEPCHECK_OVERRIDE_ROCM",
        "PEPCHECK_OVERRIDE_AMDGPU_ARCH",
    ]

    static func apply(_ environment: [String: String], to report: inout HostReport) {
        func override<T>(_ name: String, _ parse: (String) -> T?) -> Fact<T>?? {
            guard let raw = environment[name] else { return .none }
            let text = raw.trimmingASCIIWhitespace()
            if text.isEmpty { return .some(nil) }
            guard let value = parse(text) else {
                report.notes.append(HostNote(.warning, "invalid-override", "ignored \(name)=\(raw): not a valid value"))
                return .none
            }
            return .some(Fact(value, source: .override, detail: name))
        }
        func list(_ text: String) -> [String] {
            text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
        }
        if let fact = override("PEPCHECK_OVERRIDE_CUDA", CUDAVersion.init(parsing:)) { report.nvidia.cudaVersion = fact }
        if let fact = override("PEPCHECK_OVERRIDE_CUDA_ARCH", { text -> [ComputeCapability]? in
            let values = list(text).map(ComputeCapability.init(parsing:))
            return values.contains(where: { $0 == nil }) || values.isEmpty ? nil : values.compactMap { $0 }
        }) { report.nvidia.computeCapabilities = fact }
        if let fact = override("PEPCHECK_OVERRIDE_GLIBC", { text in CUDAVersion(parsing: text).map { _ in text } }) {
            report.libc.version = fact
            if fact != nil { report.libc.family = Fact("glibc", source: .override, detail: "PEPCHECK_OVERRIDE_GLIBC") }
        }
        if let fact = override("PEPCHECK_OVERRIDE_X86_64_LEVEL", { text -> Int? in
            let digits = text.hasPrefix("v") || text.hasPrefix("V") ? String(text.dropFirst()) : text
            return Int(digits).flatMap { (1...4).contains($0) ? $0 : nil }
        }) { report.cpu.x86_64Level = fact }
        if let fact = override("PEPCHECK_OVERRIDE_ARCHSPEC", { $0 }) { report.cpu.archspec = fact }
        if let fact = override("PEPCHECK_OVERRIDE_ROCM", { text in
            text.split(separator: ".").allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) ? text : nil
        }) { report.amd.rocmVersion = fact }
        if let fact = override("PEPCHECK_OVERRIDE_AMDGPU_ARCH", { text -> [String]? in
            let values = list(text)
            return values.isEmpty || !values.allSatisfy({ $0.hasPrefix("gfx") }) ? nil : values
        }) { report.amd.gfxTargets = fact }
    }
}
