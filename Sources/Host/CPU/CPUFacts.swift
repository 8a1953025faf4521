/// The CPU: architecture, vendor and model, flags, the x86-64 level or Arm architecture
/// version, and archspec's microarchitecture name.
public struct CPUFacts: Sendable, Equatable {
    /// `x86_64`, `aarch64`, … (`uname -m`).
    public var architecture: Fact<String>?
    /// `GenuineIntel`, `AuthenticAMD`; on Arm the implementer's name (`ARM`, `Nvidia`).
    public var vendor: Fact<String>?
    /// `model name` of /proc/cpuinfo (x86).
    public var modelName: Fact<String>?
    /// x86 `flags` or Arm `Features`, as the kernel lists them.
    public var flags: Fact<[String]>?
    /// Arm `CPU part`, e.g. `0xd0c`.
    public var cpuPart: Fact<String>?
    /// The x86-64 psABI level, 1–4.
    public var x86_64Level: Fact<Int>?
    /// archspec's microarchitecture name: `icelake`, `zen4`, `x86_64_v4`, `neoverse_v2`.
    public var archspec: Fact<String>?
    /// The Arm architecture version of archspec's generic target: `8a`, `8.2a`, `9.0a`.
    public var aarch64Version: Fact<String>?

    public init() {}
}
