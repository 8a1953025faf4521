/// Everything detection reads about a machine, through one door.
///
/// Two implementations: ``LiveWorld`` (this machine) and ``FixtureWorld`` (a captured machine
/// under a fixture root, where nothing is loaded, run or spawned). Detectors never touch the
/// file system, the environment or a process themselves, so every path they take can be
/// tested without the hardware.
public protocol HostWorld: Sendable {
    /// The bytes of a file, or nil when it does not exist or cannot be read. Reads stop at
    /// `limit` bytes (files under /proc and /sys report no size; a hostile file is not read
    /// whole).
    func read(_ path: String, limit: Int) -> [UInt8]?
    /// The names in a directory, sorted bytewise; nil when it is not a readable directory.
    func contents(ofDirectory path: String) -> [String]?
    /// Whether anything exists at `path` (a device node such as `/dev/kfd` included).
    func exists(_ path: String) -> Bool
    /// The environment variables the overrides and probes see.
    var environment: [String: String] { get }
    /// `uname(2)`, nil when unavailable.
    func uname() -> UnameAnswer?
    /// The C library, nil when unknown.
    func libc() -> LibcAnswer?
    /// Loads the NVIDIA driver libraries in a child process, bounded by the time limit.
    func driverProbe(timeoutMilliseconds: Int) -> DriverProbeOutcome
    /// Runs a command (no shell); nil when the program is not there.
    func run(_ command: [String], timeoutMilliseconds: Int) -> CommandAnswer?
    /// Runs the interpreter probe with `executable` (nil: `python3` on the `PATH`).
    func interpreter(_ executable: String?, timeoutMilliseconds: Int) -> InterpreterOutcome
}

extension HostWorld {
    /// A small text file (most of /proc and /sys), decoded as UTF-8 with invalid bytes replaced.
    func text(_ path: String, limit: Int = 1 << 20) -> String? {
        read(path, limit: limit).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The first line of a one-value file, without surrounding whitespace; nil when empty.
    func value(_ path: String) -> String? {
        guard let text = text(path, limit: 4096) else { return nil }
        let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? ""
        let trimmed = line.trimmingASCIIWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension StringProtocol {
    /// The text without leading and trailing ASCII spaces, tabs, CR and LF.
    func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C }
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
