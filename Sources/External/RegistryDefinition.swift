/// One entry of the central registry (`registry.yaml`).
public struct RegistryDefinition: Hashable, Sendable {
    /// The canonical identifier, without version.
    public var id: DepURL
    public var description: String
    /// Virtual interfaces this package implements, or canonical ids it stands for.
    public var provides: [DepURL]
    /// Non-canonical identifiers that mean this one.
    public var aliases: [DepURL]
    /// Named links (`home`, `source`, ...), in file order.
    public var urls: [(name: String, url: String)] {
        get { urlPairs.map { ($0.name, $0.url) } }
        set { urlPairs = newValue.map { URLPair(name: $0.name, url: $0.url) } }
    }
    private var urlPairs: [URLPair]

    private struct URLPair: Hashable, Sendable {
        var name: String
        var url: String
    }

    public init(id: DepURL, description: String, provides: [DepURL] = [], aliases: [DepURL] = [],
                urls: [(name: String, url: String)] = []) {
        self.id = id
        self.description = description
        self.provides = provides
        self.aliases = aliases
        self.urlPairs = urls.map { URLPair(name: $0.name, url: $0.url) }
    }
}
