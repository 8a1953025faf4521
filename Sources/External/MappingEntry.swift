/// One `mappings` entry of an ecosystem file.
public struct MappingEntry: Hashable, Sendable {
    /// What an entry says about its DepURL.
    public enum Kind: Hashable, Sendable {
        /// Packages per category (possibly all empty).
        case packages(PackageSpecs)
        /// Known to be absent from the ecosystem, with an optional note.
        case notPackaged(note: String?)
        /// Reuse another id's mapping in the same file.
        case sameAs(DepURL)
    }

    public var id: DepURL
    public var kind: Kind
    /// Per-release overrides keyed `<ecosystem>+<release>`.
    public var releases: [String: PackageSpecs]

    public init(id: DepURL, kind: Kind, releases: [String: PackageSpecs] = [:]) {
        self.id = id
        self.kind = kind
        self.releases = releases
    }
}
