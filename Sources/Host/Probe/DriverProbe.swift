/// The driver probe: runs in a child process (`pepcheck __probe-gpu`), loads libcuda and NVML,
/// and returns what they say. A driver that crashes or hangs takes only the child with it.
///
/// The C function types are declared here from the driver API's documented signatures; no
/// NVIDIA header is needed.
public enum DriverProbe {
    // libcuda: CUresult is an int; CUdevice an int.
    typealias CuDriverGetVersion = @convention(c) (UnsafeMutablePointer<Int32>) -> Int32
    typealias CuInit = @convention(c) (UInt32) -> Int32
    typealias CuDeviceGetCount = @convention(c) (UnsafeMutablePointer<Int32>) -> Int32
    typealias CuDeviceGet = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    typealias CuDeviceGetAttribute = @convention(c) (UnsafeMutablePointer<Int32>, Int32, Int32) -> Int32
    typealias CuDeviceGetName = @convention(c) (UnsafeMutablePointer<CChar>, Int32, Int32) -> Int32
    // NVML: nvmlReturn_t is an int; nvmlDevice_t an opaque pointer.
    typealias NvmlInit = @convention(c) () -> Int32
    typealias NvmlGetString = @convention(c) (UnsafeMutablePointer<CChar>, UInt32) -> Int32
    typealias NvmlGetInt = @convention(c) (UnsafeMutablePointer<Int32>) -> Int32
    typealias NvmlGetCount = @convention(c) (UnsafeMutablePointer<UInt32>) -> Int32
    typealias NvmlGetHandle = @convention(c) (UInt32, UnsafeMutablePointer<OpaquePointer?>) -> Int32
    typealias NvmlDeviceGetName = @convention(c) (OpaquePointer?, UnsafeMutablePointer<CChar>, UInt32) -> Int32
    typealias NvmlDeviceGetCapability = @convention(c) (OpaquePointer?, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>) -> Int32
    typealias NvmlDeviceGetMigMode = @convention(c) (OpaquePointer?, UnsafeMutablePointer<UInt32>, UnsafeMutablePointer<UInt32>) -> Int32
    typealias NvmlShutdown = @convention(c) () -> Int32

    static let computeCapabilityMajor: Int32 = 75
    static let computeCapabilityMinor: Int32 = 76
    /// Devices beyond this many are not listed (a corrupt count cannot make the probe loop).
    static let deviceLimit = 64

    /// Both libraries, NVML first (it needs no `cuInit`, and a `cuInit` that hangs then
    /// costs only libcuda's answer).
    public static func run() -> DriverProbeOutcome {
        DriverProbeOutcome(libcuda: libcuda(), nvml: nvml())
    }

    static func libcuda() -> LibcudaAnswer? {
        let (opened, error) = DriverLibrary.open("libcuda.so.1", symbol: "cuInit")
        guard let library = opened else { return error.isEmpty ? nil : LibcudaAnswer(error: error).notFoundAsNil() }
        var answer = LibcudaAnswer(path: library.path)
        guard let getVersion = library.function("cuDriverGetVersion", as: CuDriverGetVersion.self),
              let initialise = library.function("cuInit", as: CuInit.self) else {
            answer.error = "\(library.path) lacks cuDriverGetVersion or cuInit"
            return answer
        }
        var version: Int32 = 0
        if getVersion(&version) == 0 { answer.driverVersion = Int(version) }
        let result = initialise(0)
        answer.initResult = Int(result)
        guard result == 0,
              let getCount = library.function("cuDeviceGetCount", as: CuDeviceGetCount.self),
              let getDevice = library.function("cuDeviceGet", as: CuDeviceGet.self),
              let getAttribute = library.function("cuDeviceGetAttribute", as: CuDeviceGetAttribute.self) else { return answer }
        let getName = library.function("cuDeviceGetName", as: CuDeviceGetName.self)
        var count: Int32 = 0
        guard getCount(&count) == 0 else { return answer }
        for ordinal in 0..<min(Int(max(count, 0)), deviceLimit) {
            var device: Int32 = 0
            guard getDevice(&device, Int32(ordinal)) == 0 else { continue }
            var major: Int32 = 0
            var minor: Int32 = 0
            var gpu = GPUAnswer()
            if getAttribute(&major, computeCapabilityMajor, device) == 0, getAttribute(&minor, computeCapabilityMinor, device) == 0 {
                gpu.computeCapability = "\(major).\(minor)"
            }
            if let getName { gpu.name = text(capacity: 256) { getName($0, 256, device) } }
            answer.devices.append(gpu)
        }
        return answer
    }

    static func nvml() -> NVMLAnswer? {
        let (opened, error) = DriverLibrary.open("libnvidia-ml.so.1", symbol: "nvmlInit_v2")
        guard let library = opened else { return error.isEmpty ? nil : NVMLAnswer(error: error).notFoundAsNil() }
        var answer = NVMLAnswer(path: library.path)
        guard let initialise = library.function("nvmlInit_v2", as: NvmlInit.self) else {
            answer.error = "\(library.path) lacks nvmlInit_v2"
            return answer
        }
        let result = initialise()
        guard result == 0 else {
            answer.error = "nvmlInit_v2 returned \(result)"
            return answer
        }
        defer { _ = library.function("nvmlShutdown", as: NvmlShutdown.self)?() }
        if let getDriver = library.function("nvmlSystemGetDriverVersion", as: NvmlGetString.self) {
            answer.driverVersion = text(capacity: 96) { getDriver($0, 96) }
        }
        if let getCuda = library.function("nvmlSystemGetCudaDriverVersion_v2", as: NvmlGetInt.self) {
            var version: Int32 = 0
            if getCuda(&version) == 0 { answer.cudaDriverVersion = Int(version) }
        }
        guard let getCount = library.function("nvmlDeviceGetCount_v2", as: NvmlGetCount.self),
              let getHandle = library.function("nvmlDeviceGetHandleByIndex_v2", as: NvmlGetHandle.self) else { return answer }
        let getName = library.function("nvmlDeviceGetName", as: NvmlDeviceGetName.self)
        let getCapability = library.function("nvmlDeviceGetCudaComputeCapability", as: NvmlDeviceGetCapability.self)
        let getMig = library.function("nvmlDeviceGetMigMode", as: NvmlDeviceGetMigMode.self)
        var count: UInt32 = 0
        guard getCount(&count) == 0 else { return answer }
        for index in 0..<min(Int(count), deviceLimit) {
            var device: OpaquePointer?
            guard getHandle(UInt32(index), &device) == 0 else { continue }
            var gpu = GPUAnswer()
            if let getName { gpu.name = text(capacity: 96) { getName(device, $0, 96) } }
            var major: Int32 = 0
            var minor: Int32 = 0
            if let getCapability, getCapability(device, &major, &minor) == 0 { gpu.computeCapability = "\(major).\(minor)" }
            var current: UInt32 = 0
            var pending: UInt32 = 0
            // NVML_ERROR_NOT_SUPPORTED on GPUs without MIG: the mode is then unknown.
            if let getMig, getMig(device, &current, &pending) == 0 { gpu.mig = current == 1 }
            answer.devices.append(gpu)
        }
        return answer
    }

    /// A NUL-terminated string a C function writes into a buffer; nil when it fails.
    private static func text(capacity: Int, _ fill: (UnsafeMutablePointer<CChar>) -> Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: capacity + 1)
        let result = buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress!) }
        guard result == 0 else { return nil }
        buffer[capacity] = 0
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}

extension LibcudaAnswer {
    /// A library that is simply not installed is "unavailable" (nil), not an error.
    fileprivate func notFoundAsNil() -> LibcudaAnswer? {
        error?.contains("cannot open shared object file") == true ? nil : self
    }
}

extension NVMLAnswer {
    fileprivate func notFoundAsNil() -> NVMLAnswer? {
        error?.contains("cannot open shared object file") == true ? nil : self
    }
}
