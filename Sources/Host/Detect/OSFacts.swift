/// The operating system: kernel, distribution, and whether this is a container or WSL.
public struct OSFacts: Sendable, Equatable {
    /// `uname -s`: `Linux`, `Darwin`.
    public var system: Fact<String>?
    /// `uname -r`: the kernel release.
    public var release: Fact<String>?
    /// `uname -m`: `x86_64`, `aarch64`.
    public var machine: Fact<String>?
    /// `ID` of os-release: `ubuntu`, `debian`, `alpine`.
    public var distributionID: Fact<String>?
    /// `VERSION_ID` of os-release.
    public var distributionVersion: Fact<String>?
    /// `PRETTY_NAME` of os-release.
    public var distributionName: Fact<String>?
    /// `docker` (`/.dockerenv`) or `podman` (`/run/.containerenv`).
    public var container: Fact<String>?
    /// Windows Subsystem for Linux (a `microsoft` kernel).
    public var wsl: Fact<Bool>?

    public init() {}
}
