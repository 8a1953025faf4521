import External

/// The DepURL registry the `[external]` rules check against: the registry shipped
/// with the External module (PEP 804's central registry idea).
///
/// Loaded on first use only, so files without `[external]` pay nothing for it; the
/// ecosystem tables are not read at all.
enum DepURLRegistry {
    static let catalog: MappingCatalog = (try? MappingCatalog.bundledRegistry()) ?? MappingCatalog()

    /// The canonical ids: every definition that is not itself an alias of another id.
    static let canonicalIDs: [DepURL] = catalog.definitions.map(\.id).filter { catalog.canonical($0) == $0 }

    /// Whether the registry speaks for DepURLs of this type: it lists `generic` and
    /// `virtual` ids; other PURL types (`pypi`, `github`, …) name their own registries.
    static func covers(_ url: DepURL) -> Bool {
        url.type == "generic" || url.type == "virtual"
    }

    /// Whether the registry knows `url` (canonical or alias), ignoring version,
    /// qualifiers and subpath.
    static func knows(_ url: DepURL) -> Bool {
        catalog.knows(url) || catalog.knows(url.packageIdentity)
    }

    /// The canonical id nearest to an unknown `url` of the same type, for `help:`.
    static func nearestCanonical(to url: DepURL) -> DepURL? {
        let candidates = canonicalIDs.filter { $0.type == url.type }
        let written = url.packageIdentity.description
        guard let nearest = Suggestion.nearest(to: written, in: candidates.map(\.description)) else { return nil }
        return candidates.first { $0.description == nearest }
    }
}
