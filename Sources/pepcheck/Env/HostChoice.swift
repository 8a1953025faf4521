import ArgumentParser
import Host

/// Which machine and which interpreter detection looks at.
struct HostChoice {
    var interpreter: HostOptions.Interpreter = .default
    /// A fixture root (`--root DIR`), or nil for this machine.
    var root: String?
    var timeoutMilliseconds = 10_000

    /// The detector over the live machine or the fixture root.
    func detector() throws -> HostDetector {
        let world: any HostWorld
        if let root {
            do {
                world = try FixtureWorld(directory: root)
            } catch {
                Output.error("error: \(root)/probes.json: \(error)\n")
                throw ExitCode(ExitStatus.usage)
            }
        } else {
            world = LiveWorld(processes: LiveProcesses.launcher)
        }
        return HostDetector(world: world, options: HostOptions(interpreter: interpreter, timeoutMilliseconds: timeoutMilliseconds))
    }
}
