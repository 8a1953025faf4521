import PEP440

/// A position between versions in PEP 440 order: where a set of versions starts or stops.
///
/// Three kinds are enough for every set a specifier stands for:
///
/// - ``Kind/before``: just below a version (`>=V` starts there, `<V.dev0` stops there). The
///   position just above all local versions of `V` is `before(next public version)`, so it
///   needs no kind of its own.
/// - ``Kind/after``: just above one version and below its local versions (only local points,
///   `==1.0+ubuntu`, end there).
/// - ``Kind/afterRelease``: above every version of a release (all its pre-, post-, dev- and
///   local versions), where `>V` starts for a final `V`. No version is the first one above
///   a release (`1.0.0.0.1` is below `1.0.0.1`), so this is a position of its own.
///
/// Two cuts are equal exactly when they are the same position: no other spelling of these
/// positions exists, because no version has an immediate successor.
struct VersionCut: Hashable, Sendable, CustomStringConvertible {
    enum Kind: UInt8, Sendable {
        case before = 0
        case after = 1
        case afterRelease = 2
    }

    let kind: Kind
    /// The version; for ``Kind/afterRelease`` the release with its epoch (a base version).
    let version: Version

    static func before(_ v: Version) -> VersionCut { VersionCut(kind: .before, version: v) }
    static func after(_ v: Version) -> VersionCut { VersionCut(kind: .after, version: v) }
    static func afterRelease(of v: Version) -> VersionCut { VersionCut(kind: .afterRelease, version: v.baseVersion) }

    /// Three-way comparison of positions.
    static func compare(_ a: VersionCut, _ b: VersionCut) -> Int {
        switch (a.kind, b.kind) {
        case (.afterRelease, .afterRelease):
            return VersionMath.compare(a.version, b.version)
        case (.afterRelease, _):
            // A cut anchored in release R or below lies below the end of R.
            return VersionMath.compare(b.version.baseVersion, a.version) <= 0 ? 1 : -1
        case (_, .afterRelease):
            return VersionMath.compare(a.version.baseVersion, b.version) <= 0 ? -1 : 1
        default:
            let c = VersionMath.compare(a.version, b.version)
            if c != 0 { return c }
            return Int(a.kind.rawValue) - Int(b.kind.rawValue)
        }
    }

    /// Whether `v` lies above this position.
    func isBelow(_ v: Version) -> Bool {
        switch kind {
        case .before: return !(v < version)
        case .after: return version < v
        case .afterRelease: return version < v.baseVersion
        }
    }

    var description: String {
        switch kind {
        case .before: "<\(version)"
        case .after: ">\(version)"
        case .afterRelease: ">>\(version)"
        }
    }
}
