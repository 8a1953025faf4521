/// A captured machine: files from `DIR/root/<absolute path>`, the answers of libraries,
/// commands and the interpreter from `DIR/probes.json`. Nothing is loaded, run or spawned.
public struct FixtureWorld: HostWorld {
    public let directory: String
    public let answers: ProbeAnswers
    /// Reads the real files under the fixture root.
    private let files: any HostWorld

    /// Reads `DIR/probes.json` (absent: every probe unavailable).
    public init(directory: String, files: any HostWorld = LiveWorld()) throws(ProbeAnswers.Error) {
        self.directory = directory
        self.files = files
        if let bytes = files.read(directory + "/probes.json", limit: 16 << 20) {
            answers = try ProbeAnswers(parsing: bytes)
        } else if files.exists(directory + "/probes.json") {
            throw ProbeAnswers.Error(description: "cannot read \(directory)/probes.json")
        } else {
            answers = try ProbeAnswers(parsing: Array("{}".utf8))
        }
    }

    private func rooted(_ path: String) -> String? {
        // Only absolute paths without `..` are inside the fixture.
        guard path.hasPrefix("/"), !path.split(separator: "/").contains("..") else { return nil }
        return directory + "/root" + path
    }

    public func read(_ path: String, limit: Int) -> [UInt8]? {
        rooted(path).flatMap { files.read($0, limit: limit) }
    }

    public func contents(ofDirectory path: String) -> [String]? {
        rooted(path).flatMap { files.contents(ofDirectory: $0) }
    }

    public func exists(_ path: String) -> Bool {
        rooted(path).map { files.exists($0) } ?? false
    }

    public var environment: [String: String] { answers.environment }

    public func uname() -> UnameAnswer? { answers.uname }

    public func libc() -> LibcAnswer? { answers.libc }

    public func driverProbe(timeoutMilliseconds: Int) -> DriverProbeOutcome {
        DriverProbeOutcome(libcuda: answers.libcuda, nvml: answers.nvml)
    }

    public func run(_ command: [String], timeoutMilliseconds: Int) -> CommandAnswer? {
        answers.commands[command.joined(separator: " ")]
    }

    public func interpreter(_ executable: String?, timeoutMilliseconds: Int) -> InterpreterOutcome {
        guard let python = answers.python else { return .unavailable("the fixture has no interpreter") }
        return .answer(python)
    }
}
