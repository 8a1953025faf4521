import PEP440

/// A set of values of a version variable that may hold any text (`platform_release`,
/// `platform_version`, `implementation_version`, registered version variables): the values
/// that parse as versions, as a ``VersionSet``, and the values that do not, as a
/// ``StringSet`` of unparsable texts.
///
/// Comparisons fall back to String rules for unparsable values (SPEC.md §2.2), so
/// `platform_release != "5.0"` holds for `5.15.0-91-generic` and `platform_release >= "5.0"`
/// does not. The unparsable part lists only texts that do not parse, which keeps the form
/// canonical.
struct VersionValueSet: Hashable, Sendable, CustomStringConvertible {
    var versions: VersionSet
    var unparsed: StringSet

    init(versions: VersionSet, unparsed: StringSet) {
        self.versions = versions
        self.unparsed = unparsed.filtered { Version($0.text) == nil }
    }

    /// A set whose `unparsed` part is known to list only texts that are no version.
    init(versions: VersionSet, unparsedTexts: StringSet) {
        self.versions = versions
        self.unparsed = unparsedTexts
    }

    static let empty = VersionValueSet(versions: .empty, unparsed: .empty)
    static let all = VersionValueSet(versions: .all, unparsed: .all)
    /// Every text that does not parse as a version.
    static let unparsable = VersionValueSet(versions: .empty, unparsed: .all)

    var isEmpty: Bool { versions.isEmpty && unparsed.isEmpty }
    var isAll: Bool { versions.isAll && unparsed.isAll }

    func contains(_ text: String) -> Bool {
        if let v = Version(text) { return versions.contains(v) }
        return unparsed.contains(text)
    }

    var complement: VersionValueSet { VersionValueSet(versions: versions.complement, unparsed: unparsed.complement) }

    func intersection(_ other: VersionValueSet) -> VersionValueSet {
        VersionValueSet(versions: versions.intersection(other.versions), unparsed: unparsed.intersection(other.unparsed))
    }

    func union(_ other: VersionValueSet) -> VersionValueSet {
        VersionValueSet(versions: versions.union(other.versions), unparsed: unparsed.union(other.unparsed))
    }

    var description: String { "\(versions) + unparsed \(unparsed)" }
}
