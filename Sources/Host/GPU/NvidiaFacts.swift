/// The NVIDIA driver and GPUs.
public struct NvidiaFacts: Sendable, Equatable {
    /// The kernel driver's version, e.g. `580.159.04`.
    public var driverVersion: Fact<String>?
    /// The newest CUDA version the driver supports (`cuDriverGetVersion`).
    public var cudaVersion: Fact<CUDAVersion>?
    public var gpus: [NvidiaGPU] = []
    /// The compute capabilities of the GPUs (or of `PEPCHECK_OVERRIDE_CUDA_ARCH`), in GPU order.
    public var computeCapabilities: Fact<[ComputeCapability]>?
    /// The driver libraries that were loaded.
    public var libcudaPath: String?
    public var nvmlPath: String?
    /// `cuInit(0)`'s result when it was not 0 (100: no CUDA-capable device).
    public var cuInitResult: Int?
    /// NVIDIA display controllers on the PCI bus (`0000:00:06.0`), whether or not a driver runs them.
    public var pciDevices: [String] = []
    /// The value of `CUDA_VISIBLE_DEVICES` when it is set (detection ignores it).
    public var cudaVisibleDevices: String?

    public init() {}

    /// Whether anything NVIDIA was seen.
    public var isEmpty: Bool {
        driverVersion == nil && cudaVersion == nil && gpus.isEmpty && computeCapabilities == nil && pciDevices.isEmpty
    }
}
