import ArgumentParser
import Host

/// Which machine and which interpreter: shared by `env`, `eval` and `external show/check`.
struct HostSelectionOptions: ParsableArguments {
    @Option(help: "The interpreter whose marker environment to use (default: python3 on the PATH).")
    var python: String?

    @Flag(name: .customLong("no-python"), help: "Use no interpreter: marker values from uname, no sys_abi_features.")
    var noPython = false

    @Option(help: ArgumentHelp("A captured machine: files from DIR/root, library and command answers from DIR/probes.json.",
                               valueName: "DIR"))
    var root: String?

    @Option(name: .customLong("probe-timeout"), help: ArgumentHelp("The time limit of each child probe (driver libraries, nvidia-smi, the interpreter).", valueName: "SECONDS"))
    var probeTimeout: Double = 10

    func validate() throws {
        guard probeTimeout > 0, probeTimeout <= 3600 else { throw ValidationError("--probe-timeout must be between 0 and 3600 seconds") }
        if python != nil && noPython { throw ValidationError("--python and --no-python cannot be used together") }
    }

    /// The plain values (reading the options of a command that was not parsed traps).
    var choice: HostChoice {
        HostChoice(interpreter: noPython ? .none : python.map { .path($0) } ?? .default, root: root,
                   timeoutMilliseconds: Int(probeTimeout * 1000))
    }

    func detector() throws -> HostDetector { try choice.detector() }
}
