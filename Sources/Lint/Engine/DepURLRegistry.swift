import External

/// The DepURL registry the `[external]` rules check against: the registry shipped
/// with the External module (PEP 804's central registry idea).
///
/// Loaded on first use only, so files without `[external]` pay nothing for it. The
/// rules ask about every DepURL of a file, so the answers come from dictionaries built
/// once from the catalog rather than from a walk of its few hundred definitions each.
/// Only the registry is read, not the ecosystem tables.
enum DepURLRegistry {
    static let catalog: MappingCatalog = (try? MappingCatalog.bundledRegistry()) ?? MappingCatalog()

    /// The canonical id of every id and alias the registry lists (without version).
    static let canonicalByKey: [DepURL: DepURL] = {
        var canonical: [DepURL: DepURL] = [:]
        for definition in catalog.definitions {
            for key in [definition.id.withoutVersion] + definition.aliases.map(\.withoutVersion) where canonical[key] == nil {
                canonical[key] = catalog.canonical(key)
            }
        }
        return canonical
    }()

    /// The canonical ids by PURL type, with their text: every definition that is not
    /// itself an alias of another id.
    static let canonicalIDsByType: [String: [(id: DepURL, text: String)]] = Dictionary(
        grouping: catalog.definitions.map(\.id).filter { catalog.canonical($0) == $0 }.map { ($0, $0.description) },
        by: \.id.type)

    /// Whether the registry speaks for DepURLs of this type: it lists `generic` and
    /// `virtual` ids; other PURL types (`pypi`, `github`, …) name their own registries.
    static func covers(_ url: DepURL) -> Bool {
        url.type == "generic" || url.type == "virtual"
    }

    /// Whether the registry knows `url` (canonical or alias), ignoring version,
    /// qualifiers and subpath.
    static func knows(_ url: DepURL) -> Bool {
        canonicalByKey[url.withoutVersion] != nil || canonicalByKey[url.packageIdentity.withoutVersion] != nil
    }

    /// The canonical id of `url` without its version, as ``MappingCatalog/canonical(_:)``.
    static func canonical(_ url: DepURL) -> DepURL {
        canonicalByKey[url.withoutVersion] ?? url.withoutVersion
    }

    /// The canonical id nearest to an unknown `url` of the same type, for `help:`, within
    /// the document's suggestion `budget`.
    static func nearestCanonical(to url: DepURL, budget: inout Int) -> DepURL? {
        let candidates = canonicalIDsByType[url.type] ?? []
        let written = url.packageIdentity.description
        guard let nearest = Suggestion.nearest(to: written, in: candidates.lazy.map(\.text), budget: &budget) else { return nil }
        return candidates.first { $0.text == nearest }?.id
    }
}
