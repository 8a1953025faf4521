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
    /// The releases of the ecosystem that the plain lists describe (`12` for Debian 12);
    /// with the releases named by overrides, the ones `--ecosystem NAME+RELEASE` accepts.
    public var releases: [String]
    public var packageManagers: [PackageManager]
    /// Entries in file order.
    public var entries: [MappingEntry] {
        get { storedEntries }
        set {
            storedEntries = newValue
            entryIndex = Self.index(newValue)
        }
    }
    private var storedEntries: [MappingEntry]
    /// The file it was read from, for messages.
    public var source: String
    /// The position in `entries` of each id (its first entry), so that a lookup does not
    /// scan the table.
    private var entryIndex: [DepURL: Int]

    public init(ecosystem: String, name: String, inherits: String? = nil, osReleaseIDs: [String] = [],
                releases: [String] = [], packageManagers: [PackageManager], entries: [MappingEntry],
                source: String = "") {
        self.init(ecosystem: ecosystem, name: name, inherits: inherits, osReleaseIDs: osReleaseIDs,
                  releases: releases, packageManagers: packageManagers, entries: entries,
                  index: Self.index(entries), source: source)
    }

    /// With `index` already built (the reader builds it while checking for duplicates).
    init(ecosystem: String, name: String, inherits: String?, osReleaseIDs: [String], releases: [String],
         packageManagers: [PackageManager], entries: [MappingEntry], index: [DepURL: Int], source: String) {
        self.ecosystem = ecosystem
        self.name = name
        self.inherits = inherits
        self.osReleaseIDs = osReleaseIDs
        self.releases = releases
        self.packageManagers = packageManagers
        storedEntries = entries
        entryIndex = index
        self.source = source
    }

    private static func index(_ entries: [MappingEntry]) -> [DepURL: Int] {
        var index: [DepURL: Int] = [:]
        index.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() where index[entry.id] == nil { index[entry.id] = position }
        return index
    }

    /// The entry for `id`, when this file lists it.
    public func entry(for id: DepURL) -> MappingEntry? {
        entryIndex[id].map { entries[$0] }
    }

    /// The entry that answers for `id`: its own, else the one of its package identity
    /// (an id whose qualifiers or subpath the table does not list).
    func entryAnswering(_ id: DepURL) -> MappingEntry? {
        if let entry = entry(for: id) { return entry }
        let identity = id.packageIdentity
        return identity == id ? nil : entry(for: identity)
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
        merged.entryIndex.reserveCapacity(storedEntries.count + other.storedEntries.count)
        merged.storedEntries.reserveCapacity(storedEntries.count + other.storedEntries.count)
        // One hash per entry: an id is assumed new, and put back where it was if it is not.
        for entry in other.storedEntries {
            if let position = merged.entryIndex.updateValue(merged.storedEntries.count, forKey: entry.id) {
                merged.entryIndex[entry.id] = position
                merged.storedEntries[position] = entry
            } else {
                merged.storedEntries.append(entry)
            }
        }
        if !other.packageManagers.isEmpty { merged.packageManagers = other.packageManagers }
        merged.name = other.name
        merged.inherits = other.inherits ?? inherits
        if !other.osReleaseIDs.isEmpty { merged.osReleaseIDs = other.osReleaseIDs }
        if !other.releases.isEmpty { merged.releases = other.releases }
        merged.source = other.source
        return merged
    }

    /// The first chain of `same-as` entries (in file order) that comes back to itself,
    /// as the ids along it with the first repeated at the end (`a`, `b`, `a`); `nil`
    /// when every chain ends. Linear: each entry is followed once.
    public func sameAsCycle() -> [DepURL]? {
        var finished: Set<DepURL> = []
        for start in entries {
            guard case .sameAs = start.kind, !finished.contains(start.id) else { continue }
            var path: [DepURL] = []
            var onPath: [DepURL: Int] = [:]
            var current: MappingEntry? = start
            while let entry = current, case .sameAs(let target) = entry.kind, !finished.contains(entry.id) {
                if let position = onPath[entry.id] { return Array(path[position...]) + [entry.id] }
                onPath[entry.id] = path.count
                path.append(entry.id)
                current = entryAnswering(target.withoutVersion)
            }
            finished.formUnion(path)
        }
        return nil
    }
}
