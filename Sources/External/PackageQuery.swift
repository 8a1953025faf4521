import SystemIO

/// Runs package manager query commands (`pepcheck external check`).
public enum PackageQuery {
    /// Runs `command` (found on `PATH`), discarding its output; true when it exits 0
    /// within `timeoutMilliseconds`. A command that cannot be started, is killed or
    /// runs out of time counts as "not present". Its standard input is empty, so a
    /// command that prompts gets end of file instead of waiting for an answer.
    public static func isPresent(_ command: [String], timeoutMilliseconds: Int = 30_000) -> Bool {
        guard !command.isEmpty else { return false }
        guard let output = try? ChildProcess.run(command, timeoutMilliseconds: timeoutMilliseconds, outputLimit: 0) else {
            return false
        }
        return output.termination == .exited(0)
    }
}
