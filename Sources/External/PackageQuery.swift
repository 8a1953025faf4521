import Foundation

/// Runs package manager query commands (`pepcheck external check`).
public enum PackageQuery {
    /// Runs `command` (found on `PATH`), discarding its output; true when it exits 0.
    /// A command that cannot be started counts as "not present".
    public static func isPresent(_ command: [String]) -> Bool {
        guard !command.isEmpty else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return false
        }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
