import Host

/// The child processes the live detection may start.
enum LiveProcesses {
    /// nil until the process layer is in place: the probes then report that they cannot run.
    static let launcher: (any ProcessLauncher)? = nil
}
