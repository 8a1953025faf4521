import JSON

/// What `libnvidia-ml.so.1` answered, in the schema of `probes.json`'s `nvml` key.
public struct NVMLAnswer: Sendable, Equatable {
    public var path: String?
    /// `nvmlSystemGetDriverVersion`, e.g. `580.159.04`.
    public var driverVersion: String?
    /// `nvmlSystemGetCudaDriverVersion_v2`, e.g. 13000.
    public var cudaDriverVersion: Int?
    public var devices: [GPUAnswer]
    public var error: String?

    public init(path: String? = nil, driverVersion: String? = nil, cudaDriverVersion: Int? = nil,
                devices: [GPUAnswer] = [], error: String? = nil) {
        self.path = path
        self.driverVersion = driverVersion
        self.cudaDriverVersion = cudaDriverVersion
        self.devices = devices
        self.error = error
    }

    init(json: JSONValue) {
        path = json["path"]?.stringValue
        driverVersion = json["driver_version"]?.stringValue
        cudaDriverVersion = json["cuda_driver_version"]?.intValue
        devices = (json["devices"]?.arrayValue ?? []).map(GPUAnswer.init(json:))
        error = json["error"]?.stringValue
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("path", .string(path))]
        if let driverVersion { members.append(("driver_version", .string(driverVersion))) }
        if let cudaDriverVersion { members.append(("cuda_driver_version", JSONValue(cudaDriverVersion))) }
        members.append(("devices", .array(devices.map(\.json))))
        if let error { members.append(("error", .string(error))) }
        return .object(members)
    }
}
