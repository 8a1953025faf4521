/// ROCm and AMD GPUs.
public struct AMDFacts: Sendable, Equatable {
    /// The ROCm version, e.g. `6.4.1` (as its version file writes it).
    public var rocmVersion: Fact<String>?
    public var gpus: [AMDGPU] = []
    /// The GPUs' `gfx` targets (or `PEPCHECK_OVERRIDE_AMDGPU_ARCH`'s), in node order.
    public var gfxTargets: Fact<[String]>?
    /// Whether `/dev/kfd` exists, which ROCm needs to use the GPUs.
    public var kfdPresent: Fact<Bool>?
    /// The amdgpu kernel module's version.
    public var driverVersion: Fact<String>?

    public init() {}

    public var isEmpty: Bool { rocmVersion == nil && gpus.isEmpty && gfxTargets == nil && driverVersion == nil }
}
