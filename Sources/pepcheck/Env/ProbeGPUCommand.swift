import ArgumentParser
import Host

/// `pepcheck __probe-gpu`: the child process of `pepcheck env` that loads the NVIDIA driver
/// libraries and prints what they answer as JSON. Hidden: users run `pepcheck env`.
struct ProbeGPUCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ChildProcessLauncher.probeCommand, abstract: "Internal: load the NVIDIA driver libraries and print their answers.",
        shouldDisplay: false)

    func run() throws {
        try Output.print(DriverProbe.run().json.serialized)
    }
}
