import Host

/// Where the host fixtures are: this target's own, and the two real machines in `../shared`.
enum HostFixtures {
    static let testsDirectory: String = {
        var path = #filePath
        while let slash = path.lastIndex(of: "/"), !path.hasSuffix("/Tests/HostTests") { path = String(path[..<slash]) }
        return path
    }()

    static var packageRoot: String { String(testsDirectory.dropLast("/Tests/HostTests".count)) }

    static let own = [
        "aarch64-neoverse-v2", "amd-instinct-rocm", "musl-alpine", "nvidia-multi-gpu", "nvidia-no-device",
        "nvidia-pci-no-driver", "nvidia-wsl2",
    ]

    static let shared = ["cpu-only-debian12-vm", "nvidia-h200-ubuntu24-container"]

    static var sharedDirectory: String { packageRoot + "/../shared/fixtures/hosts" }

    static var sharedAvailable: Bool { LiveWorld().exists(sharedDirectory + "/README.md") }

    /// The fixture directory and its golden folder name.
    static func location(_ name: String) -> (directory: String, golden: String) {
        if shared.contains(name) { return (sharedDirectory + "/" + name, "shared-" + name) }
        return (testsDirectory + "/Fixtures/" + name, name)
    }

    static func report(_ name: String, environment: [String: String] = [:]) throws -> HostReport {
        let world = try FixtureWorld(directory: location(name).directory)
        return HostDetector(world: EnvironmentOverlay(base: world, extra: environment)).detect()
    }

    static func golden(_ name: String, _ format: String) -> String? {
        LiveWorld().read(testsDirectory + "/Golden/\(location(name).golden)/\(format).txt", limit: 1 << 24)
            .map { String(decoding: $0, as: UTF8.self) }
    }
}

/// A world with some environment variables added (overrides under test).
struct EnvironmentOverlay: HostWorld {
    let base: any HostWorld
    let extra: [String: String]

    func read(_ path: String, limit: Int) -> [UInt8]? { base.read(path, limit: limit) }
    func contents(ofDirectory path: String) -> [String]? { base.contents(ofDirectory: path) }
    func exists(_ path: String) -> Bool { base.exists(path) }
    var environment: [String: String] { base.environment.merging(extra) { _, new in new } }
    func uname() -> UnameAnswer? { base.uname() }
    func libc() -> LibcAnswer? { base.libc() }
    func driverProbe(timeoutMilliseconds: Int) -> DriverProbeOutcome { base.driverProbe(timeoutMilliseconds: timeoutMilliseconds) }
    func run(_ command: [String], timeoutMilliseconds: Int) -> CommandAnswer? { base.run(command, timeoutMilliseconds: timeoutMilliseconds) }
    func interpreter(_ executable: String?, timeoutMilliseconds: Int) -> InterpreterOutcome {
        base.interpreter(executable, timeoutMilliseconds: timeoutMilliseconds)
    }
}
