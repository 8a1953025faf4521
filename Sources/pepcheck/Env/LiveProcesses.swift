import Host

/// The child processes live detection starts (SystemIO's `ChildProcess`).
enum LiveProcesses {
    static let launcher: (any ProcessLauncher)? = ChildProcessLauncher()
}
