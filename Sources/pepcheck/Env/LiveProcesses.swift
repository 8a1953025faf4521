import Foundation
import Host

/// The child processes live detection starts: the driver probe (pepcheck re-executed as
/// `__probe-gpu`, without `CUDA_VISIBLE_DEVICES`), `nvidia-smi`, the interpreter probe and the
/// musl loader, each bounded by its time limit.
///
/// Interim: built on Foundation's `Process` until SystemIO's `ChildProcess` is on main; this
/// file is then replaced by one that calls `ChildProcess.run`.
struct LiveProcesses: ProcessLauncher {
    static let launcher: (any ProcessLauncher)? = LiveProcesses()

    struct Result {
        var status: Int32?
        var timedOut: Bool
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    final class Box: @unchecked Sendable {
        var data = Data()
    }

    /// nil when the program cannot be started.
    static func execute(_ arguments: [String], environment: [String: String]? = nil, timeoutMilliseconds: Int) -> Result? {
        guard let program = arguments.first, let path = locate(program) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = Array(arguments.dropFirst())
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { return nil }
        let outBox = Box()
        let errBox = Box()
        let group = DispatchGroup()
        for (pipe, box) in [(out, outBox), (err, errBox)] {
            group.enter()
            DispatchQueue.global().async {
                box.data = pipe.fileHandleForReading.readDataToEndOfFile()
                group.leave()
            }
        }
        var timedOut = false
        if finished.wait(timeout: .now() + .milliseconds(timeoutMilliseconds)) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        _ = group.wait(timeout: .now() + .seconds(1))
        let status: Int32? = timedOut || process.terminationReason == .uncaughtSignal ? nil : process.terminationStatus
        return Result(status: status, timedOut: timedOut, stdout: Array(outBox.data), stderr: Array(errBox.data))
    }

    static func locate(_ program: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func describe(_ result: Result, seconds: Int) -> String {
        if result.timedOut { return "timed out after \(max(seconds, 1)) s" }
        if let status = result.status { return "exited with status \(status)" }
        return "was killed by a signal"
    }

    func driverProbe(environment: [String: String], timeoutMilliseconds: Int) -> DriverProbeOutcome {
        guard let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
        else { return DriverProbeOutcome(failure: "cannot find the pepcheck executable") }
        var environment = environment
        // NVML ignores it and conda removes it before its probe; an empty value makes cuInit fail.
        environment["CUDA_VISIBLE_DEVICES"] = nil
        guard let result = LiveProcesses.execute([executable, "__probe-gpu"], environment: environment,
                                                 timeoutMilliseconds: timeoutMilliseconds) else {
            return DriverProbeOutcome(failure: "cannot start \(executable)")
        }
        guard result.status == 0 else {
            return DriverProbeOutcome(failure: "the probe " + LiveProcesses.describe(result, seconds: timeoutMilliseconds / 1000))
        }
        return DriverProbeOutcome(parsing: result.stdout)
    }

    func run(_ command: [String], timeoutMilliseconds: Int) -> CommandAnswer? {
        guard let result = LiveProcesses.execute(command, timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        return CommandAnswer(stdout: String(decoding: result.stdout, as: UTF8.self), exit: result.status,
                             failure: result.status == nil ? LiveProcesses.describe(result, seconds: timeoutMilliseconds / 1000) : nil)
    }

    func interpreter(_ executable: String?, timeoutMilliseconds: Int) -> InterpreterOutcome {
        let program = executable ?? "python3"
        guard let result = LiveProcesses.execute(InterpreterProbe.arguments(program), timeoutMilliseconds: timeoutMilliseconds) else {
            return .unavailable(executable == nil ? "no python3 on the PATH" : "cannot run \(program)")
        }
        guard result.status == 0 else {
            return .unavailable("\(program) " + LiveProcesses.describe(result, seconds: timeoutMilliseconds / 1000))
        }
        return InterpreterProbe.parse(result.stdout, executable: program)
    }

    func muslVersion(loader: String) -> String? {
        // The musl loader run without arguments prints its version on standard error.
        guard let result = LiveProcesses.execute([loader], timeoutMilliseconds: 2000) else { return nil }
        let text = String(decoding: result.stderr, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Version ") }) else { return nil }
        return String(line.dropFirst("Version ".count)).trimmingCharacters(in: .whitespaces)
    }
}
