/// One NVIDIA GPU.
public struct NvidiaGPU: Sendable, Equatable {
    public var index: Int
    public var name: String?
    public var computeCapability: ComputeCapability?
    /// MIG mode; nil when the source does not say.
    public var mig: Bool?
    public var pciBusID: String?
    /// `nvml`, `libcuda` or `nvidia-smi`.
    public var source: FactSource

    public init(index: Int, name: String?, computeCapability: ComputeCapability?, mig: Bool?, pciBusID: String?,
                source: FactSource) {
        self.index = index
        self.name = name
        self.computeCapability = computeCapability
        self.mig = mig
        self.pciBusID = pciBusID
        self.source = source
    }
}
