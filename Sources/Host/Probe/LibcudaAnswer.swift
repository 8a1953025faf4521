import JSON

/// What `libcuda.so.1` answered, in the schema of `probes.json`'s `libcuda` key (which the
/// child probe also prints).
public struct LibcudaAnswer: Sendable, Equatable {
    /// The library that was loaded.
    public var path: String?
    /// `cuDriverGetVersion`, e.g. 13000 for CUDA 13.0 (no `cuInit` needed).
    public var driverVersion: Int?
    /// The result of `cuInit(0)`: 0 success, 100 no device, …
    public var initResult: Int?
    public var devices: [GPUAnswer]
    /// Why the library could not be used, when it could not.
    public var error: String?

    public init(path: String? = nil, driverVersion: Int? = nil, initResult: Int? = nil, devices: [GPUAnswer] = [],
                error: String? = nil) {
        self.path = path
        self.driverVersion = driverVersion
        self.initResult = initResult
        self.devices = devices
        self.error = error
    }

    init(json: JSONValue) {
        path = json["path"]?.stringValue
        driverVersion = json["cuDriverGetVersion"]?.intValue
        initResult = json["cuInit"]?.intValue
        devices = (json["devices"]?.arrayValue ?? []).map(GPUAnswer.init(json:))
        error = json["error"]?.stringValue
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("path", .string(path))]
        if let driverVersion { members.append(("cuDriverGetVersion", JSONValue(driverVersion))) }
        if let initResult { members.append(("cuInit", JSONValue(initResult))) }
        members.append(("devices", .array(devices.map(\.json))))
        if let error { members.append(("error", .string(error))) }
        return .object(members)
    }
}
