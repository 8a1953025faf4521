import PEP440

/// Versions built from parts, for the bounds of the sets a specifier stands for.
///
/// `PEP440` keeps its part-wise initialiser internal, so versions are spelled out in normal
/// form and parsed; this happens once per comparison when a marker is read, never while
/// diagrams are combined.
enum VersionMath {
    /// The normal-form text of a public version with the given parts.
    static func text(
        epoch: VersionNumber, release: [VersionNumber], pre: PreRelease? = nil, post: VersionNumber? = nil,
        dev: VersionNumber? = nil
    ) -> String {
        var out = epoch.isZero ? "" : epoch.description + "!"
        out += release.map(\.description).joined(separator: ".")
        if let pre { out += pre.description }
        if let post { out += ".post" + post.description }
        if let dev { out += ".dev" + dev.description }
        return out
    }

    static func make(
        epoch: VersionNumber, release: [VersionNumber], pre: PreRelease? = nil, post: VersionNumber? = nil,
        dev: VersionNumber? = nil
    ) -> Version {
        let spelled = text(epoch: epoch, release: release, pre: pre, post: post, dev: dev)
        guard let version = Version(spelled) else { preconditionFailure("not a version: \(spelled)") }
        return version
    }

    /// The smallest public version above `v` and all of `v`'s local versions: the next
    /// development release, or the first development release of the next post-release.
    static func nextPublic(_ v: Version) -> Version {
        if let dev = v.dev {
            return make(epoch: v.epoch, release: v.release, pre: v.pre, post: v.post, dev: dev.successor)
        }
        let post = v.post.map(\.successor) ?? VersionNumber(0)
        return make(epoch: v.epoch, release: v.release, pre: v.pre, post: post, dev: 0)
    }

    /// `v.dev0`: the bound `<v` compares against when `v` is not a pre-release.
    static func devZero(_ v: Version) -> Version {
        make(epoch: v.epoch, release: v.release, pre: v.pre, post: v.post, dev: 0)
    }

    /// The earliest version whose release starts with `prefix` (in `epoch`): `prefix.dev0`.
    static func seriesStart(epoch: VersionNumber, _ prefix: [VersionNumber]) -> Version {
        make(epoch: epoch, release: prefix, dev: 0)
    }

    /// `prefix` with its last number increased: the series after it.
    static func nextSeries(_ prefix: [VersionNumber]) -> [VersionNumber] {
        var next = prefix
        next[next.count - 1] = next[next.count - 1].successor
        return next
    }

    /// The first `count` release numbers of `v`, zero-padded.
    static func releasePrefix(_ v: Version, _ count: Int) -> [VersionNumber] {
        let release = v.release
        return (0..<count).map { $0 < release.count ? release[$0] : VersionNumber(0) }
    }

    /// Three-way comparison.
    static func compare(_ a: Version, _ b: Version) -> Int { a < b ? -1 : (a == b ? 0 : 1) }
}
