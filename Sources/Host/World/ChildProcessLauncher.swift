import SystemIO

/// ``ProcessLauncher`` over SystemIO's `ChildProcess`: every child in its own process group,
/// ended with the group on a timeout, output capped.
public struct ChildProcessLauncher: ProcessLauncher {
    /// The hidden subcommand of the executable that runs ``DriverProbe``.
    public static let probeCommand = "__probe-gpu"

    public init() {}

    static func describe(_ termination: ChildProcess.Termination, milliseconds: Int) -> String {
        switch termination {
        case .exited(let status): "exited with status \(status)"
        case .signalled(let signal): "was killed by signal \(signal)"
        case .timedOut: "timed out after \(Self.seconds(milliseconds))"
        }
    }

    static func seconds(_ milliseconds: Int) -> String {
        milliseconds % 1000 == 0 ? "\(milliseconds / 1000) s" : "\(Double(milliseconds) / 1000) s"
    }

    public func driverProbe(environment: [String: String], timeoutMilliseconds: Int) -> DriverProbeOutcome {
        guard let executable = ChildProcess.currentExecutable else {
            return DriverProbeOutcome(failure: "cannot find the pepcheck executable")
        }
        var environment = environment
        // NVML ignores it and conda removes it before its probe; an empty value makes cuInit fail.
        environment["CUDA_VISIBLE_DEVICES"] = nil
        let output: ChildProcess.Output
        do {
            output = try ChildProcess.run([executable, Self.probeCommand], environment: environment,
                                          timeoutMilliseconds: timeoutMilliseconds, outputLimit: 1 << 20)
        } catch {
            return DriverProbeOutcome(failure: error.message)
        }
        guard output.termination == .exited(0) else {
            return DriverProbeOutcome(failure: "the probe " + Self.describe(output.termination, milliseconds: timeoutMilliseconds))
        }
        return DriverProbeOutcome(parsing: output.stdout)
    }

    public func run(_ command: [String], timeoutMilliseconds: Int) -> CommandAnswer? {
        guard let output = try? ChildProcess.run(command, timeoutMilliseconds: timeoutMilliseconds, outputLimit: 4 << 20) else {
            return nil
        }
        var exit: Int32?
        if case .exited(let status) = output.termination { exit = status }
        return CommandAnswer(stdout: String(decoding: output.stdout, as: UTF8.self), exit: exit,
                             failure: exit == nil ? Self.describe(output.termination, milliseconds: timeoutMilliseconds) : nil)
    }

    public func interpreter(_ executable: String?, timeoutMilliseconds: Int) -> InterpreterOutcome {
        let program = executable ?? "python3"
        let output: ChildProcess.Output
        do {
            output = try ChildProcess.run(InterpreterProbe.arguments(program), timeoutMilliseconds: timeoutMilliseconds,
                                          outputLimit: 1 << 20)
        } catch {
            return .unavailable(executable == nil ? "no python3 on the PATH" : "cannot run \(program)")
        }
        guard output.termination == .exited(0) else {
            return .unavailable("\(program) " + Self.describe(output.termination, milliseconds: timeoutMilliseconds))
        }
        return InterpreterProbe.parse(output.stdout, executable: program)
    }

    public func muslVersion(loader: String) -> String? {
        // The musl loader run without arguments prints its version on standard error.
        guard let output = try? ChildProcess.run([loader], timeoutMilliseconds: 2000, outputLimit: 64 << 10) else { return nil }
        let text = String(decoding: output.stderr, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Version ") }) else { return nil }
        return line.dropFirst("Version ".count).trimmingASCIIWhitespace()
    }
}
