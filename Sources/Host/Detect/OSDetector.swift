/// Detects ``OSFacts``: `uname(2)`, then os-release(5) (`/etc/os-release`, else
/// `/usr/lib/os-release`), container markers and the WSL kernel.
struct OSDetector {
    let world: any HostWorld

    func detect() -> OSFacts {
        var facts = OSFacts()
        if let uname = world.uname() {
            facts.system = Fact(uname.sysname, source: .uname)
            facts.release = Fact(uname.release, source: .uname)
            facts.machine = Fact(uname.machine, source: .uname)
        }
        for path in ["/etc/os-release", "/usr/lib/os-release"] {
            guard let text = world.text(path, limit: 64 << 10) else { continue }
            let release = OSRelease(text)
            facts.distributionID = release.values["ID"].map { Fact($0, source: .file, detail: path) }
            facts.distributionVersion = release.values["VERSION_ID"].map { Fact($0, source: .file, detail: path) }
            facts.distributionName = release.values["PRETTY_NAME"].map { Fact($0, source: .file, detail: path) }
            break
        }
        if world.exists("/.dockerenv") {
            facts.container = Fact("docker", source: .file, detail: "/.dockerenv")
        } else if world.exists("/run/.containerenv") {
            facts.container = Fact("podman", source: .file, detail: "/run/.containerenv")
        }
        if let kernel = world.value("/proc/sys/kernel/osrelease") ?? facts.release?.value {
            let lowered = kernel.lowercased()
            if lowered.contains("microsoft") || lowered.contains("wsl") {
                facts.wsl = Fact(true, source: .procfs, detail: "/proc/sys/kernel/osrelease")
            }
        }
        return facts
    }
}
