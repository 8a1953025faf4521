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
    // The common version is plain data so that parsing it allocates nothing and comparing it
    // is a handful of integer comparisons. Release numbers 1 to 4 live in r0...r3, zero
    // beyond the release count, so zero-padded comparison is slot by slot. The pre-, post-
    // and dev-release parts are two sort keys:
    //   preKey     = rank << 32 | pre number   (rank 0 dev-only, 1 a, 2 b, 3 rc, 4 none)
    //   postDevKey = (post == nil ? 0 : post + 1) << 32 | (dev ?? 0xFFFF_FFFF)
    // A version with more than four release numbers, a release number beyond 64 bits or an
    // epoch, pre, post or dev number above `inlineLimit` is "spilled": `extra` holds all of
    // it and the inline fields are zero. A local label always lives in `extra`.
    @usableFromInline var r0: UInt64
    @usableFromInline var r1: UInt64
    @usableFromInline var r2: UInt64
    @usableFromInline var r3: UInt64
    @usableFromInline var preKey: UInt64
    @usableFromInline var postDevKey: UInt64
    @usableFromInline var inlineEpoch: UInt32
    @usableFromInline var inlineCount: UInt8
    @usableFromInline var flags: UInt8
    @usableFromInline var extra: VersionExtra?

    @usableFromInline static var hasPre: UInt8 { 1 }
    @usableFromInline static var hasPost: UInt8 { 2 }
    @usableFromInline static var hasDev: UInt8 { 4 }
    @usableFromInline static var spilled: UInt8 { 8 }
    @usableFromInline static var hasLocal: UInt8 { 16 }
    /// The largest epoch, pre, post or dev number kept inline (one below the dev sentinel).
    static let inlineLimit: UInt64 = 0xFFFF_FFFE
    static let noDev: UInt64 = 0xFFFF_FFFF

    // MARK: Accessors

    @inlinable var isSpilled: Bool { flags & Version.spilled != 0 }

    /// The epoch (`0` when absent).
    public var epoch: VersionNumber {
        isSpilled ? extra!.epoch : VersionNumber(UInt64(inlineEpoch))
    }

    /// The release segment, such as `[1, 2, 3]` for `1.2.3` (trailing zeros kept).
    public var release: [VersionNumber] {
        if isSpilled { return extra!.release }
        return (0..<Int(inlineCount)).map { VersionNumber(slot($0)) }
    }

    /// The number of release components.
    @inlinable
    public var releaseCount: Int { isSpilled ? spilledReleaseCount : Int(inlineCount) }

    @usableFromInline var spilledReleaseCount: Int { extra!.release.count }

    /// Stands in for the version of a `===` specifier whose text is not a version.
    static let placeholder = Version(
        inlineEpoch: 0, release: (0, 0, 0, 0), count: 1, preKind: nil, preNumber: 0, post: nil, dev: nil,
        local: nil)

    /// The pre-release segment, such as `rc1`.
    public var pre: PreRelease? {
        if isSpilled { return extra!.pre }
        guard flags & Version.hasPre != 0 else { return nil }
        let kind: PreRelease.Kind =
            switch preKey >> 32 {
            case 1: .alpha
            case 2: .beta
            default: .releaseCandidate
            }
        return PreRelease(kind: kind, number: VersionNumber(preKey & 0xFFFF_FFFF))
    }

    /// The post-release number.
    public var post: VersionNumber? {
        if isSpilled { return extra!.post }
        return flags & Version.hasPost == 0 ? nil : VersionNumber((postDevKey >> 32) - 1)
    }

    /// The development release number.
    public var dev: VersionNumber? {
        if isSpilled { return extra!.dev }
        return flags & Version.hasDev == 0 ? nil : VersionNumber(postDevKey & 0xFFFF_FFFF)
    }

    /// The local version label split at separators, or `nil` when there is no label.
    public var localSegments: [LocalSegment]? { extra?.local }

    /// Release number `i` of an inline version (zero past the end).
    @inlinable
    func slot(_ i: Int) -> UInt64 {
        switch i {
        case 0: r0
        case 1: r1
        case 2: r2
        case 3: r3
        default: 0
        }
    }

    /// Release number `i`, zero past the end.
    func releaseComponent(_ i: Int) -> VersionNumber {
        guard isSpilled else { return VersionNumber(slot(i)) }
        let release = extra!.release
        return i < release.count ? release[i] : VersionNumber(0)
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
        guard flags & Version.hasLocal != 0 else { return self }
        if isSpilled {
            return Version(epoch: epoch, release: release, pre: pre, post: post, dev: dev, local: nil)
        }
        var copy = self
        copy.flags &= ~Version.hasLocal
        copy.extra = nil
        return copy
    }

    /// The epoch and release only, without pre-, post-, dev-release or local label.
    public var baseVersion: Version {
        if isSpilled {
            return Version(epoch: epoch, release: release, pre: nil, post: nil, dev: nil, local: nil)
        }
        var copy = self
        copy.preKey = 4 << 32
        copy.postDevKey = Version.noDev
        copy.flags = 0
        copy.extra = nil
        return copy
    }

    /// This version with its dev-release number set to 0 (the earliest release of its series).
    @inlinable
    func withDevZero() -> Version {
        guard !isSpilled else { return withDevZeroSpilled() }
        var copy = self
        copy.flags |= Version.hasDev
        copy.postDevKey &= ~0xFFFF_FFFF
        if flags & (Version.hasPre | Version.hasPost) == 0 { copy.preKey = 0 }
        return copy
    }

    @usableFromInline
    func withDevZeroSpilled() -> Version {
        Version(epoch: epoch, release: release, pre: pre, post: post, dev: 0, local: localSegments)
    }

    /// Whether this is a pre-release or a development release (PEP 440 treats both alike).
    @inlinable
    public var isPrerelease: Bool { flags & (Version.hasPre | Version.hasDev) != 0 }
    /// Whether there is a post-release segment.
    @inlinable
    public var isPostrelease: Bool { flags & Version.hasPost != 0 }
    /// Whether there is a development release segment.
    @inlinable
    public var isDevrelease: Bool { flags & Version.hasDev != 0 }

    /// The normal form, identical to packaging's `str(Version)`.
    public var description: String {
        var text = ""
        let count = releaseCount
        text.reserveCapacity(count * 2 + 8)
        let epoch = epoch
        if !epoch.isZero {
            text.append(epoch.description)
            text.append("!")
        }
        for i in 0..<count {
            if i > 0 { text.append(".") }
            text.append(releaseComponent(i).description)
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

    /// Three-way comparison: negative, zero or positive.
    @inlinable
    static func compare(_ a: Version, _ b: Version) -> Int {
        if (a.flags | b.flags) & (Version.spilled | Version.hasLocal) == 0 { return compareInline(a, b) }
        return compareOutOfLine(a, b, ignoringLocal: false)
    }

    /// Compares the public parts of two versions that are not spilled.
    @inlinable
    static func compareInline(_ a: Version, _ b: Version) -> Int {
        @inline(__always) func order<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : 1 }
        if a.inlineEpoch != b.inlineEpoch { return order(a.inlineEpoch, b.inlineEpoch) }
        if a.r0 != b.r0 { return order(a.r0, b.r0) }
        if a.r1 != b.r1 { return order(a.r1, b.r1) }
        if a.r2 != b.r2 { return order(a.r2, b.r2) }
        if a.r3 != b.r3 { return order(a.r3, b.r3) }
        if a.preKey != b.preKey { return order(a.preKey, b.preKey) }
        if a.postDevKey != b.postDevKey { return order(a.postDevKey, b.postDevKey) }
        return 0
    }

    @usableFromInline
    static func compareOutOfLine(_ a: Version, _ b: Version, ignoringLocal: Bool) -> Int {
        let c = (a.flags | b.flags) & Version.spilled == 0 ? compareInline(a, b) : compareGeneral(a, b)
        if c != 0 || ignoringLocal { return c }
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

    /// Rank of the pre-release position: dev-only releases sort before alphas, finals after
    /// release candidates.
    var preRank: Int {
        if let pre { return pre.kind.rank }
        return post == nil && dev != nil ? -1 : 3
    }

    /// Compares the public parts of any two versions through the accessors.
    static func compareGeneral(_ a: Version, _ b: Version) -> Int {
        var c = a.epoch.compare(b.epoch)
        if c != 0 { return c }
        for i in 0..<Swift.max(a.releaseCount, b.releaseCount) {
            c = a.releaseComponent(i).compare(b.releaseComponent(i))
            if c != 0 { return c }
        }
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
        case (nil, nil): return 0
        case (nil, _): return 1
        case (_, nil): return -1
        case (let x?, let y?): return x.compare(y)
        }
    }

    /// Whether the two versions are equal once local labels are ignored.
    @inlinable
    static func publicEqual(_ a: Version, _ b: Version) -> Bool {
        if (a.flags | b.flags) & Version.spilled == 0 { return compareInline(a, b) == 0 }
        return compareOutOfLine(a, b, ignoringLocal: true) == 0
    }

    /// Whether the two versions have the same epoch, release (zero-padded) and pre-release.
    @inlinable
    static func sameReleaseAndPre(_ a: Version, _ b: Version) -> Bool {
        guard (a.flags | b.flags) & Version.spilled == 0 else { return sameReleaseAndPreGeneral(a, b) }
        let pa = a.flags & Version.hasPre != 0 ? a.preKey : 0
        let pb = b.flags & Version.hasPre != 0 ? b.preKey : 0
        return a.inlineEpoch == b.inlineEpoch && a.r0 == b.r0 && a.r1 == b.r1 && a.r2 == b.r2
            && a.r3 == b.r3 && pa == pb
    }

    @usableFromInline
    static func sameReleaseAndPreGeneral(_ a: Version, _ b: Version) -> Bool {
        guard a.epoch == b.epoch, a.pre == b.pre else { return false }
        for i in 0..<Swift.max(a.releaseCount, b.releaseCount)
        where a.releaseComponent(i) != b.releaseComponent(i) {
            return false
        }
        return true
    }

    /// Whether `v` is in the release series of the first `count` release numbers of `p`
    /// (same epoch, `v`'s release zero-padded).
    @inlinable
    static func prefixMatches(_ v: Version, _ p: Version, count: Int) -> Bool {
        guard (v.flags | p.flags) & Version.spilled == 0 else { return prefixMatchesGeneral(v, p, count: count) }
        guard v.inlineEpoch == p.inlineEpoch else { return false }
        for i in 0..<count where v.slot(i) != p.slot(i) { return false }
        return true
    }

    @usableFromInline
    static func prefixMatchesGeneral(_ v: Version, _ p: Version, count: Int) -> Bool {
        guard v.epoch == p.epoch else { return false }
        for i in 0..<count where v.releaseComponent(i) != p.releaseComponent(i) { return false }
        return true
    }

    @inlinable
    public static func < (lhs: Version, rhs: Version) -> Bool { compare(lhs, rhs) < 0 }
    @inlinable
    public static func == (lhs: Version, rhs: Version) -> Bool { compare(lhs, rhs) == 0 }

    public func hash(into hasher: inout Hasher) {
        // Through the accessors, so that an inline and a spilled version that are equal
        // (`1` and `1.0.0.0.0`) hash alike; trailing zeros are skipped for the same reason.
        hasher.combine(epoch)
        var n = releaseCount
        while n > 0 && releaseComponent(n - 1).isZero { n -= 1 }
        hasher.combine(n)
        for i in 0..<n { hasher.combine(releaseComponent(i)) }
        hasher.combine(pre)
        hasher.combine(post)
        hasher.combine(dev)
        hasher.combine(localSegments)
    }
}

// The initialisers live in an extension so that the memberwise one is synthesised.
extension Version {
    /// An inline version; every number must be within the inline limits.
    @inline(__always)
    init(
        inlineEpoch: UInt32, release: (UInt64, UInt64, UInt64, UInt64), count: Int,
        preKind: PreRelease.Kind?, preNumber: UInt64, post: UInt64?, dev: UInt64?, local: [LocalSegment]?
    ) {
        let rank: UInt64
        switch preKind {
        case .alpha?: rank = 1
        case .beta?: rank = 2
        case .releaseCandidate?: rank = 3
        case nil: rank = post == nil && dev != nil ? 0 : 4
        }
        var f: UInt8 = 0
        if preKind != nil { f |= Version.hasPre }
        if post != nil { f |= Version.hasPost }
        if dev != nil { f |= Version.hasDev }
        if local != nil { f |= Version.hasLocal }
        // Through the synthesised memberwise initialiser: assigning the fields one by one
        // made the optimiser build the version twice (a copy and a destroy of `extra`).
        self.init(
            r0: release.0, r1: release.1, r2: release.2, r3: release.3, preKey: rank << 32 | preNumber,
            postDevKey: (post.map { $0 + 1 } ?? 0) << 32 | (dev ?? Version.noDev), inlineEpoch: inlineEpoch,
            inlineCount: UInt8(count), flags: f, extra: local.map { VersionExtra(local: $0) })
    }

    /// A version from its parts, inline when they fit.
    init(
        epoch: VersionNumber, release: [VersionNumber], pre: PreRelease?, post: VersionNumber?,
        dev: VersionNumber?, local: [LocalSegment]?
    ) {
        func small(_ n: VersionNumber?) -> UInt64?? {
            guard let n else { return .some(nil) }
            guard let v = n.uint64Value, v <= Version.inlineLimit else { return nil }
            return v
        }
        if release.count <= 4, let e = small(epoch), let p = small(pre?.number), let po = small(post),
            let d = small(dev)
        {
            var slots: [UInt64] = [0, 0, 0, 0]
            var fits = true
            for (i, n) in release.enumerated() {
                guard let v = n.uint64Value else {
                    fits = false
                    break
                }
                slots[i] = v
            }
            if fits {
                self.init(
                    inlineEpoch: UInt32(e!), release: (slots[0], slots[1], slots[2], slots[3]),
                    count: release.count, preKind: pre?.kind, preNumber: p ?? 0, post: po, dev: d,
                    local: local)
                return
            }
        }
        self.init(spilling: VersionExtra(epoch: epoch, release: release, pre: pre, post: post, dev: dev, local: local))
    }

    /// A spilled version: `extra` holds all of it.
    private init(spilling extra: VersionExtra) {
        var f = Version.spilled
        if extra.pre != nil { f |= Version.hasPre }
        if extra.post != nil { f |= Version.hasPost }
        if extra.dev != nil { f |= Version.hasDev }
        if extra.local != nil { f |= Version.hasLocal }
        self.init(
            r0: 0, r1: 0, r2: 0, r3: 0, preKey: 0, postDevKey: 0, inlineEpoch: 0, inlineCount: 0, flags: f,
            extra: extra)
    }

    /// Parses and normalises a version.
    ///
    /// - Throws: ``ParseError`` of kind ``ErrorKind/invalidVersion`` whose span starts where
    ///   the text stops being a valid version.
    @inlinable
    public init(parsing text: some StringProtocol) throws(ParseError) {
        // Specialised in the caller, so the common case (a native string or substring) goes
        // straight to the byte parser without generic dispatch.
        let result = UTF8Text.parse(text, Version.parse(utf8:))
        self = try result.get()
    }

    @usableFromInline
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<Version, ParseError> {
        do throws(ParseError) {
            return .success(try VersionScanner.parseVersion(bytes))
        } catch {
            return .failure(error)
        }
    }

    /// Parses a version, returning `nil` when `text` is not valid.
    public init?(_ text: String) {
        guard case .success(let v) = UTF8Text.parse(text, Version.parse(utf8:)) else { return nil }
        self = v
    }
}
