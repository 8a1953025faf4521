import JSON

/// What the child probe that loads the NVIDIA driver libraries found.
public struct DriverProbeOutcome: Sendable, Equatable {
    /// nil: libcuda was not found (or not asked for).
    public var libcuda: LibcudaAnswer?
    /// nil: NVML was not found.
    public var nvml: NVMLAnswer?
    /// Why the probe gave no answer at all (timed out, crashed, unreadable output).
    public var failure: String?

    public init(libcuda: LibcudaAnswer? = nil, nvml: NVMLAnswer? = nil, failure: String? = nil) {
        self.libcuda = libcuda
        self.nvml = nvml
        self.failure = failure
    }

    /// Reads the child's standard output: `{"libcuda": {…}, "nvml": {…}}`, either key absent
    /// when that library could not be loaded.
    public init(parsing bytes: [UInt8]) {
        guard let document = try? JSONParser.parse(bytes: bytes), case .object = document else {
            self.init(failure: "the driver probe printed no JSON object")
            return
        }
        self.init(libcuda: document["libcuda"].map(LibcudaAnswer.init(json:)),
                  nvml: document["nvml"].map(NVMLAnswer.init(json:)))
    }

    /// The JSON the child prints.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let libcuda { members.append(("libcuda", libcuda.json)) }
        if let nvml { members.append(("nvml", nvml.json)) }
        return .object(members)
    }
}
