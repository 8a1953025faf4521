import PEP440

/// Versions, one per line (at most 12). Each line that parses must print to text that
/// parses back to an equal version with the same text; its accessors must agree with
/// each other; and all parsed versions must be totally ordered, consistently with
/// equality, hashing and a reference comparison written from PEP 440's rules over the
/// public accessors (which the optimised comparison must agree with).
enum VersionTarget {
    static func run(_ bytes: [UInt8]) {
        var versions: [Version] = []
        for line in lines(bytes, limit: 12) {
            guard let version = parse(line) else { continue }
            versions.append(version)
        }
        for a in versions {
            for b in versions { checkPair(a, b) }
        }
        let sorted = versions.sorted()
        for i in sorted.indices.dropFirst() {
            require(!(sorted[i] < sorted[i - 1]), "sort is not ordered: \(sorted[i - 1]) then \(sorted[i])")
        }
    }

    /// Parses one line and checks the properties of a single version.
    static func parse(_ line: String) -> Version? {
        guard let version = parsed(line, kinds: ["invalid-version"], "version", { text throws(ParseError) in try Version(parsing: text) }, optional: Version.init)
        else { return nil }
        roundTrip(version, from: line) { text throws(ParseError) in try Version(parsing: text) }
        checkAccessors(version, line)
        return version
    }

    static func checkAccessors(_ v: Version, _ line: String) {
        let shown = line.debugDescription
        require(v.releaseCount == v.release.count && v.releaseCount >= 1, "\(shown): release count \(v.releaseCount) for \(v.release)")
        require(v.isPrerelease == (v.pre != nil || v.dev != nil), "\(shown): isPrerelease disagrees with pre/dev")
        require(v.isPostrelease == (v.post != nil), "\(shown): isPostrelease disagrees with post")
        require(v.isDevrelease == (v.dev != nil), "\(shown): isDevrelease disagrees with dev")
        require((v.local == nil) == (v.localSegments == nil), "\(shown): local and localSegments disagree")
        // The normal form, rebuilt from the accessors.
        var built = v.epoch.isZero ? "" : "\(v.epoch)!"
        built += v.release.map(\.description).joined(separator: ".")
        if let pre = v.pre { built += pre.description }
        if let post = v.post { built += ".post\(post)" }
        if let dev = v.dev { built += ".dev\(dev)" }
        if let local = v.local { built += "+\(local)" }
        require(built == v.description, "\(shown): accessors give \(built.debugDescription), description \(v.description.debugDescription)")
        let publicVersion = v.publicVersion
        require(publicVersion.local == nil && publicVersion <= v && (v.local == nil) == (publicVersion == v),
                "\(shown): public version \(publicVersion) inconsistent with \(v)")
        let base = v.baseVersion
        require(base.pre == nil && base.post == nil && base.dev == nil && base.local == nil
                && base.epoch == v.epoch && base.release == v.release,
                "\(shown): base version \(base) inconsistent with \(v)")
    }

    static func checkPair(_ a: Version, _ b: Version) {
        let lt = a < b, eq = a == b, gt = b < a
        require([lt, eq, gt].filter { $0 }.count == 1, "not exactly one of <, ==, > for \(a) and \(b)")
        let reference = Self.reference(a, b)
        let actual = lt ? -1 : eq ? 0 : 1
        require(actual == reference, "\(a) vs \(b): compares as \(actual), PEP 440 says \(reference)")
        if eq { require(a.hashValue == b.hashValue, "equal versions \(a) and \(b) hash differently") }
        require((a <= b) == !gt && (a >= b) == !lt, "<= or >= inconsistent with < for \(a) and \(b)")
    }

    // MARK: The reference order (PEP 440's "Summary of permitted suffixes and relative
    // ordering", as packaging's `_cmpkey`), from the public accessors only.

    static func reference(_ a: Version, _ b: Version) -> Int {
        if a.epoch != b.epoch { return a.epoch < b.epoch ? -1 : 1 }
        let ra = trimmed(a.release), rb = trimmed(b.release)
        if ra != rb { return ra.lexicographicallyPrecedes(rb) ? -1 : 1 }
        let pa = preKey(a), pb = preKey(b)
        if pa != pb { return pa < pb ? -1 : 1 }
        let qa = optionalKey(a.post, missing: -1), qb = optionalKey(b.post, missing: -1)
        if qa != qb { return qa < qb ? -1 : 1 }
        let da = optionalKey(a.dev, missing: 1), db = optionalKey(b.dev, missing: 1)
        if da != db { return da < db ? -1 : 1 }
        return compareLocal(a.localSegments, b.localSegments)
    }

    /// Trailing zeros do not count: 1.0 == 1.0.0.
    static func trimmed(_ release: [VersionNumber]) -> [VersionNumber] {
        var release = release
        while release.count > 1, release.last!.isZero { release.removeLast() }
        return release
    }

    /// An orderable key: (rank, number) where rank places "missing" before or after every
    /// present value.
    struct Key: Comparable {
        var rank: Int
        var number: VersionNumber
        static func < (a: Key, b: Key) -> Bool { a.rank != b.rank ? a.rank < b.rank : a.number < b.number }
    }

    /// A dev release without a pre-release sorts before every pre-release (1.0.dev0 <
    /// 1.0a0); a final or post release after all of them.
    static func preKey(_ v: Version) -> Key {
        if let pre = v.pre {
            let rank = switch pre.kind { case .alpha: 1; case .beta: 2; case .releaseCandidate: 3 }
            return Key(rank: rank, number: pre.number)
        }
        if v.post == nil && v.dev != nil { return Key(rank: 0, number: 0) }
        return Key(rank: 4, number: 0)
    }

    static func optionalKey(_ n: VersionNumber?, missing: Int) -> Key {
        n.map { Key(rank: 0, number: $0) } ?? Key(rank: missing, number: 0)
    }

    /// No local label sorts first; segments compare in turn, numbers above text, text
    /// case-insensitively; a label that extends another sorts after it.
    static func compareLocal(_ a: [LocalSegment]?, _ b: [LocalSegment]?) -> Int {
        switch (a, b) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case let (a?, b?):
            for (x, y) in zip(a, b) {
                switch (x, y) {
                case let (.number(m), .number(n)) where m != n: return m < n ? -1 : 1
                case (.number, .text): return 1
                case (.text, .number): return -1
                case let (.text(s), .text(t)) where s.lowercased() != t.lowercased():
                    return s.lowercased() < t.lowercased() ? -1 : 1
                default: continue
                }
            }
            return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
        }
    }
}
