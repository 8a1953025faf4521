import JSON

/// The fields of `uname(2)`.
public struct UnameAnswer: Sendable, Equatable {
    public var sysname: String
    public var release: String
    public var version: String
    public var machine: String

    public init(sysname: String, release: String, version: String, machine: String) {
        self.sysname = sysname
        self.release = release
        self.version = version
        self.machine = machine
    }

    init?(json: JSONValue) {
        guard let sysname = json["sysname"]?.stringValue, let machine = json["machine"]?.stringValue else { return nil }
        self.init(sysname: sysname, release: json["release"]?.stringValue ?? "",
                  version: json["version"]?.stringValue ?? "", machine: machine)
    }
}
