/// A PEP 440 version: `[N!]N(.N)*[{a|b|rc}N][.postN][.devN][+local]`.
///
/// Parsing accepts every alternative spelling the specification requires (case, separators,
/// `alpha`/`beta`/`c`/`pre`/`preview`/`rev`/`r`, implicit numbers, `1.0-1`, a leading `v`,
/// surrounding whitespace) and ``description`` gives the normal form, identical to
/// `str(packaging.version.Version(...))`.
///
/// Equality and ordering are PEP 440's: release segments are compared zero-padded (so
/// `1.0 == 1.0.0` and both hash alike), `.devN < aN < bN < rcN < final < .postN`, and local
/// labels sort after the public version they extend. Comparing two versions never allocates.
public struct Version: Hashable, Comparable, Sendable, LosslessStringConvertible {
    /// The epoch (`0` when absent).
    public internal(set) var epoch: VersionNumber
    /// Release components when every one fits in 64 bits; otherwise each slot that does not
    /// fit holds `UInt64.max` and `largeRelease` has the whole release.
    @usableFromInline var smallRelease: [UInt64]
    @usableFromInline var largeRelease: [VersionNumber]?
    /// The pre-release segment, such as `rc1`.
    public internal(set) var pre: PreRelease?
    /// The post-release number.
    public internal(set) var post: VersionNumber?
    /// The development release number.
    public internal(set) var dev: VersionNumber?
    /// The local version label split at separators, or `nil` when there is no label.
    public internal(set) var localSegments: [LocalSegment]?

    init(
        epoch: VersionNumber, smallRelease: [UInt64], largeRelease: [VersionNumber]?,
        pre: PreRelease?, post: VersionNumber?, dev: VersionNumber?, localSegments: [LocalSegment]?
    ) {
        self.epoch = epoch
        self.smallRelease = smallRelease
        self.largeRelease = largeRelease
        self.pre = pre
        self.post = post
        self.dev = dev
        self.localSegments = localSegments
    }

    /// Parses and normalises a version.
    ///
    /// - Throws: ``ParseError`` of kind ``ErrorKind/invalidVersion`` whose span starts where
    ///   the text stops being a valid version.
    public init(parsing text: some StringProtocol) throws(ParseError) {
        self = try UTF8Text.withBytes(text) { (bytes) throws(ParseError) in
            try VersionScanner.parseVersion(bytes)
        }
    }

    /// Parses a version, returning `nil` when `text` is not valid.
    public init?(_ text: String) {
        guard let v = try? Version(parsing: text) else { return nil }
        self = v
    }

    // MARK: Accessors

    /// The release segment, such as `[1, 2, 3]` for `1.2.3` (trailing zeros kept).
    public var release: [VersionNumber] {
        largeRelease ?? smallRelease.map { VersionNumber($0) }
    }

    /// The number of release components.
    public var releaseCount: Int { smallRelease.count }

    @inlinable
    func releaseComponent(_ i: Int) -> VersionNumber {
        if i >= smallRelease.count { return VersionNumber(0) }
        if let largeRelease { return largeRelease[i] }
        return VersionNumber(smallRelease[i])
    }

    /// The local version label in normal form (`ubuntu.1`), or `nil`.
    public var local: String? {
        guard let localSegments else { return nil }
        var text = ""
        for (i, segment) in localSegments.enumerated() {
            if i > 0 { text.append(".") }
            text.append(segment.description)
        }
        return text
    }

    /// This version without its local label.
    public var publicVersion: Version {
        var copy = self
        copy.localSegments = nil
        return copy
    }

    /// The epoch and release only, without pre-, post-, dev-release or local label.
    public var baseVersion: Version {
        Version(
            epoch: epoch, smallRelease: smallRelease, largeRelease: largeRelease,
            pre: nil, post: nil, dev: nil, localSegments: nil)
    }

    /// Whether this is a pre-release or a development release (PEP 440 treats both alike).
    public var isPrerelease: Bool { pre != nil || dev != nil }
    /// Whether there is a post-release segment.
    public var isPostrelease: Bool { post != nil }
    /// Whether there is a development release segment.
    public var isDevrelease: Bool { dev != nil }

    /// The normal form, identical to packaging's `str(Version)`.
    public var description: String {
        var text = ""
        text.reserveCapacity(smallRelease.count * 2 + 8)
        if !epoch.isZero {
            text.append(epoch.description)
            text.append("!")
        }
        for i in 0..<smallRelease.count {
            if i > 0 { text.append(".") }
            if largeRelease != nil {
                text.append(releaseComponent(i).description)
            } else {
                text.append(String(smallRelease[i]))
            }
        }
        if let pre { text.append(pre.description) }
        if let post {
            text.append(".post")
            text.append(post.description)
        }
        if let dev {
            text.append(".dev")
            text.append(dev.description)
        }
        if let local {
            text.append("+")
            text.append(local)
        }
        return text
    }

    // MARK: Ordering

    /// The number of release components once trailing zeros are dropped.
    @inlinable
    var trimmedReleaseCount: Int {
        var n = smallRelease.count
        while n > 0 && smallRelease[n - 1] == 0 { n -= 1 }
        return n
    }

    /// Compares release segments zero-padded to the same length.
    @inlinable
    static func compareRelease(_ a: Version, _ b: Version) -> Int {
        let n = Swift.max(a.smallRelease.count, b.smallRelease.count)
        if a.largeRelease == nil && b.largeRelease == nil {
            for i in 0..<n {
                let x = i < a.smallRelease.count ? a.smallRelease[i] : 0
                let y = i < b.smallRelease.count ? b.smallRelease[i] : 0
                if x != y { return x < y ? -1 : 1 }
            }
            return 0
        }
        for i in 0..<n {
            let c = a.releaseComponent(i).compare(b.releaseComponent(i))
            if c != 0 { return c }
        }
        return 0
    }

    /// Rank of the pre-release position: dev-only releases sort before alphas, finals after
    /// release candidates.
    @inlinable
    var preRank: Int {
        if let pre { return pre.kind.rank }
        return post == nil && dev != nil ? -1 : 3
    }

    /// Whether the two versions are equal once local labels are ignored.
    @inlinable
    static func publicEqual(_ a: Version, _ b: Version) -> Bool {
        a.epoch == b.epoch && a.pre == b.pre && a.post == b.post && a.dev == b.dev
            && compareRelease(a, b) == 0
    }

    @inlinable
    static func compare(_ a: Version, _ b: Version) -> Int {
        var c = a.epoch.compare(b.epoch)
        if c != 0 { return c }
        c = compareRelease(a, b)
        if c != 0 { return c }
        let ra = a.preRank, rb = b.preRank
        if ra != rb { return ra < rb ? -1 : 1 }
        if let pa = a.pre, let pb = b.pre {
            c = pa.number.compare(pb.number)
            if c != 0 { return c }
        }
        switch (a.post, b.post) {
        case (nil, nil): break
        case (nil, _): return -1
        case (_, nil): return 1
        case (let x?, let y?):
            c = x.compare(y)
            if c != 0 { return c }
        }
        switch (a.dev, b.dev) {
        case (nil, nil): break
        case (nil, _): return 1
        case (_, nil): return -1
        case (let x?, let y?):
            c = x.compare(y)
            if c != 0 { return c }
        }
        switch (a.localSegments, b.localSegments) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let x?, let y?):
            for i in 0..<Swift.min(x.count, y.count) where x[i] != y[i] {
                return x[i] < y[i] ? -1 : 1
            }
            return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
        }
    }

    public static func < (lhs: Version, rhs: Version) -> Bool { compare(lhs, rhs) < 0 }
    public static func == (lhs: Version, rhs: Version) -> Bool { compare(lhs, rhs) == 0 }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(epoch)
        // Trailing zeros are skipped so that `1.0` and `1.0.0` hash alike.
        let n = trimmedReleaseCount
        hasher.combine(n)
        for i in 0..<n { hasher.combine(releaseComponent(i)) }
        hasher.combine(pre)
        hasher.combine(post)
        hasher.combine(dev)
        hasher.combine(localSegments)
    }
}
