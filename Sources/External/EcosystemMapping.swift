/// One ecosystem file: its package managers and its DepURL → packages table.
public struct EcosystemMapping: Hashable, Sendable {
    /// The identifier used by `--ecosystem` (`debian`, `conda-forge`, ...).
    public var ecosystem: String
    /// Display name.
    public var name: String
    /// The ecosystem whose entries apply where this one has none.
    public var inherits: String?
    /// `/etc/os-release` `ID`/`ID_LIKE` values that select this ecosystem.
    public var osReleaseIDs: [String]
    public var packageManagers: [PackageManager]
    /// Entries in file order.
    public var entries: [MappingEntry]
    /// The file it was read from, for messages.
    public var source: String

    public init(ecosystem: String, name: String, inherits: String? = nil, osReleaseIDs: [String] = [],
                packageManagers: [PackageManager], entries: [MappingEntry], source: String = "") {
        self.ecosystem = ecosystem
        self.name = name
        self.inherits = inherits
        self.osReleaseIDs = osReleaseIDs
        self.packageManagers = packageManagers
        self.entries = entries
        self.source = source
    }

    /// The entry for `id`, when this file lists it.
    public func entry(for id: DepURL) -> MappingEntry? {
        entries.first { $0.id == id }
    }

    /// The default package manager, or the named one.
    public func packageManager(named name: String? = nil) -> PackageManager? {
        guard let name else { return packageManagers.first(where: \.isDefault) ?? packageManagers.first }
        return packageManagers.first { $0.name == name }
    }

    /// This file with `other`'s entries replacing same-id ones and the rest appended;
    /// `other`'s package managers and metadata replace ours where given.
    public func overridden(by other: EcosystemMapping) -> EcosystemMapping {
        var merged = self
        for entry in other.entries {
            if let index = merged.entries.firstIndex(where: { $0.id == entry.id }) {
                merged.entries[index] = entry
            } else {
                merged.entries.append(entry)
            }
        }
        if !other.packageManagers.isEmpty { merged.packageManagers = other.packageManagers }
        merged.name = other.name
        merged.inherits = other.inherits ?? inherits
        if !other.osReleaseIDs.isEmpty { merged.osReleaseIDs = other.osReleaseIDs }
        merged.source = other.source
        return merged
    }
}
