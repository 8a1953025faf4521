import JSON

/// The C library: its family (`glibc`, `musl`) and version.
public struct LibcAnswer: Sendable, Equatable {
    public var family: String
    public var version: String?
    /// How it was found: `gnu_get_libc_version`, the musl loader's path.
    public var detail: String?

    public init(family: String, version: String?, detail: String? = nil) {
        self.family = family
        self.version = version
        self.detail = detail
    }

    init?(json: JSONValue) {
        guard let family = json["family"]?.stringValue else { return nil }
        self.init(family: family, version: json["version"]?.stringValue)
    }
}
