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

    func validate() throws {
        if python != nil && noPython { throw ValidationError("--python and --no-python cannot be used together") }
    }

    /// The plain values (reading the options of a command that was not parsed traps).
    var choice: HostChoice {
        HostChoice(interpreter: noPython ? .none : python.map { .path($0) } ?? .default, root: root)
    }

    func detector() throws -> HostDetector { try choice.detector() }
}
