/// CEP 30 virtual packages, `name=version=build` a line: `__unix`, `__linux`, `__glibc`,
/// `__cuda`, `__cuda_arch` (CEP 46), `__archspec`, and `__osx` / `__win` where they apply.
///
/// The `CONDA_OVERRIDE_*` variables take precedence over detection (and over
/// `PEPCHECK_OVERRIDE_*`); an empty one removes its package, as CEP 30 says.
public enum CondaRenderer {
    public static func render(_ report: HostReport) -> String {
        packages(report).map { "\($0.name)=\($0.version)=\($0.build)" }.joined(separator: "\n")
    }

    public static func packages(_ report: HostReport) -> [(name: String, version: String, build: String)] {
        let environment = report.environment
        var packages: [(name: String, version: String, build: String)] = []
        /// The override's value: .some(nil) when set empty (remove), nil when not set.
        func override(_ name: String) -> String?? {
            guard let value = environment["CONDA_OVERRIDE_\(name)"] else { return nil }
            let trimmed = value.trimmingASCIIWhitespace()
            return .some(trimmed.isEmpty ? nil : trimmed)
        }
        let system = report.os.system?.value ?? ""
        let unix = system == "Linux" || system == "Darwin"
        if unix { packages.append(("__unix", "0", "0")) }
        if system == "Linux" {
            if let release = override("LINUX") ?? report.os.release?.value {
                packages.append(("__linux", kernelVersion(release), "0"))
            }
            if let version = override("GLIBC") ?? (report.libc.family?.value == "glibc" ? report.libc.version?.value : nil) {
                packages.append(("__glibc", version, "0"))
            }
        }
        if system == "Darwin", let version = override("OSX") ?? nil {
            packages.append(("__osx", version, "0"))
        }
        if system == "Windows" {
            packages.append(("__win", (override("WIN") ?? nil) ?? "0", "0"))
        }
        if let cuda = override("CUDA") ?? report.nvidia.cudaVersion?.value.description {
            packages.append(("__cuda", cuda, "0"))
        }
        if let arch = cudaArch(report, override: override("CUDA_ARCH")) {
            packages.append(("__cuda_arch", arch.version, arch.build))
        }
        if let archspec = override("ARCHSPEC") ?? report.cpu.archspec?.value {
            packages.append(("__archspec", "1", archspec))
        }
        return packages
    }

    /// conda's rule: the leading `\d+\.\d+(\.\d+)?(\.\d+)?` of the kernel release, `0` when it
    /// does not start that way.
    static func kernelVersion(_ release: String) -> String {
        var components: [String] = []
        var current = ""
        for character in release {
            if character.isASCIIDigit {
                current.append(character)
            } else if character == "." && !current.isEmpty && components.count < 3 {
                components.append(current)
                current = ""
            } else {
                break
            }
        }
        if !current.isEmpty { components.append(current) }
        return components.count >= 2 ? components.joined(separator: ".") : "0"
    }

    /// CEP 46: the lowest compute capability, the build string its device's name with every
    /// character but `[A-Za-z0-9]` and the word `NVIDIA` removed, at most 64 characters.
    static func cudaArch(_ report: HostReport, override: String??) -> (version: String, build: String)? {
        if let override {
            guard let override else { return nil }
            let parts = override.split(separator: "=", omittingEmptySubsequences: false)
            guard let version = parts.first, ComputeCapability(parsing: String(version)).map({ $0.description == version }) == true
            else { return nil }
            var build = "0"
            if parts.count >= 2, parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "_.+".contains($0)) }) {
                build = String(parts[1])
            }
            return (String(version), build)
        }
        guard let capabilities = report.nvidia.computeCapabilities, let lowest = capabilities.value.min() else { return nil }
        var build = "0"
        if capabilities.source != .override,
           let name = report.nvidia.gpus.first(where: { $0.computeCapability == lowest })?.name {
            build = deviceModel(name)
        }
        return (lowest.description, build)
    }

    static func deviceModel(_ name: String) -> String {
        let alphanumeric = Array(name.unicodeScalars.filter { $0.isASCII && (("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)) })
        var kept = ""
        var i = 0
        // One left-to-right pass, as Python's re.sub("NVIDIA", "", …, flags=IGNORECASE).
        while i < alphanumeric.count {
            if i + 6 <= alphanumeric.count,
               String(String.UnicodeScalarView(alphanumeric[i..<(i + 6)])).lowercased() == "nvidia" {
                i += 6
                continue
            }
            kept.unicodeScalars.append(alphanumeric[i])
            i += 1
        }
        return String(kept.prefix(64))
    }
}
