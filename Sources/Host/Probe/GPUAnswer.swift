import JSON

/// One GPU as a driver library or `nvidia-smi` describes it.
public struct GPUAnswer: Sendable, Equatable {
    public var name: String?
    /// `major.minor`, e.g. `9.0`.
    public var computeCapability: String?
    /// MIG mode (NVML only); nil when not known.
    public var mig: Bool?
    public var pciBusID: String?

    public init(name: String? = nil, computeCapability: String? = nil, mig: Bool? = nil, pciBusID: String? = nil) {
        self.name = name
        self.computeCapability = computeCapability
        self.mig = mig
        self.pciBusID = pciBusID
    }

    init(json: JSONValue) {
        name = json["name"]?.stringValue
        computeCapability = json["compute_capability"]?.stringValue
        mig = json["mig"]?.boolValue
        pciBusID = json["pci_bus_id"]?.stringValue
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(name)), ("compute_capability", .string(computeCapability))]
        if let mig { members.append(("mig", .bool(mig))) }
        if let pciBusID { members.append(("pci_bus_id", .string(pciBusID))) }
        return .object(members)
    }
}
