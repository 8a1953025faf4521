/// Everything detection found about a machine: facts with their sources, and notes.
public struct HostReport: Sendable, Equatable {
    public var os = OSFacts()
    public var libc = LibcFacts()
    public var cpu = CPUFacts()
    public var nvidia = NvidiaFacts()
    public var amd = AMDFacts()
    public var interpreter = InterpreterFacts()
    public var notes: [HostNote] = []
    /// The process environment detection saw (the fixture's `env` under `--root`): the
    /// ecosystem-specific override variables are read from it when rendering.
    public var environment: [String: String] = [:]

    public init() {}
}
