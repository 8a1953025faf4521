/// The hand-written scanner behind ``Version/init(parsing:)`` and the version part of a
/// ``Specifier``. It accepts exactly the language of packaging's `VERSION_PATTERN`
/// (case-insensitive, ASCII digits only), consuming optional separators greedily: no input
/// exists where giving a separator back would let the rest match.
///
/// One pass over the bytes: numbers are accumulated as they are read and kept as offsets, so
/// the common version is built without allocating; only a version that does not fit the
/// inline layout of ``Version`` goes back over its offsets to build big numbers.
struct VersionScanner {
    let b: UnsafeBufferPointer<UInt8>
    let end: Int
    var pos: Int

    /// Whether every number read so far fits the inline layout of ``Version``.
    var fitsInline = true
    /// Digits of the epoch (empty when absent) and its value when it fits.
    var epochStart = 0
    var epochEnd = 0
    var epoch: UInt32 = 0
    /// The first four release numbers.
    var release: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var releaseCount = 0
    var preKind: PreRelease.Kind?
    var pre = Number()
    var post: Number?
    var dev: Number?
    var localSegments: [LocalSegment]?

    /// Byte offset of `.*` when a wildcard was accepted.
    var wildcardStart: Int?
    /// Byte offset of the `+` of a local label.
    var localStart: Int?
    /// Byte offset where the release segment starts and ends.
    var releaseStart = 0
    var releaseEnd = 0
    /// Whether a release number is written with a leading zero (`1.01`).
    var releaseHasLeadingZero = false
    /// What the scanner would have accepted at `pos` (or at `errorPos`) when it stopped.
    var expecting = Expectation.versionNumber
    /// Where an error should point when not at `pos` (inside a malformed local label).
    var errorPos: Int?

    /// An optional number's digits (`start == end` when implicit) and its value when it fits.
    struct Number {
        var start = 0
        var end = 0
        var value: UInt32 = 0
    }

    /// What could have followed where scanning stopped; the text is built only for errors.
    enum Expectation {
        case versionNumber, releaseAfterEpoch, endAfterWildcard, afterRelease, afterPre, afterPost
        case afterDev, localLabel, localPart(separator: UInt8), endAfterLocal

        var text: String {
            switch self {
            case .versionNumber: "a version number"
            case .releaseAfterEpoch: "a release number after the epoch `!`"
            case .endAfterWildcard: "end of version after `.*`"
            case .afterRelease:
                "another release number, a pre-release (`a`, `b`, `rc`), `.post`, `.dev`, "
                    + "a local label (`+…`) or end of version"
            case .afterPre: "`.post`, `.dev`, a local label (`+…`) or end of version"
            case .afterPost: "`.dev`, a local label (`+…`) or end of version"
            case .afterDev: "a local label (`+…`) or end of version"
            case .localLabel: "a local version label (ASCII letters and digits) after `+`"
            case .localPart(let c): "an ASCII letter or digit after `\(Character(Unicode.Scalar(c)))` in the local label"
            case .endAfterLocal: "end of version after the local label"
            }
        }
    }

    var expected: String { expecting.text }

    init(_ b: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        self.b = b
        self.end = end
        self.pos = start
    }

    /// Whether the version scanned from `b[v..<e]` is a release written exactly as its
    /// normal form prints it (`1.20`, `2.0.*`): no `v`, epoch, leading zeros or suffixes.
    func isNormalRelease(from v: Int, to e: Int) -> Bool {
        releaseStart == v && !releaseHasLeadingZero && releaseEnd == (wildcardStart ?? e)
    }

    /// The version scanned; call once, at the end (it moves the local label out).
    mutating func takeVersion() -> Version {
        guard fitsInline, releaseCount <= 4 else { return spilledVersion() }
        var local: [LocalSegment]? = nil
        swap(&local, &localSegments)
        return Version(
            inlineEpoch: epoch, release: release, count: releaseCount, preKind: preKind,
            preNumber: UInt64(pre.value), post: post.map { UInt64($0.value) },
            dev: dev.map { UInt64($0.value) }, local: local)
    }

    /// The version when it does not fit inline: numbers are rebuilt from their digits.
    @inline(never)
    func spilledVersion() -> Version {
        Version(
            epoch: number(epochStart, epochEnd), release: releaseNumbers(),
            pre: preKind.map { PreRelease(kind: $0, number: number(pre.start, pre.end)) },
            post: post.map { number($0.start, $0.end) }, dev: dev.map { number($0.start, $0.end) },
            local: localSegments)
    }

    /// `value` as an inline epoch, pre, post or dev number; clears `fitsInline` when too big.
    @inline(__always)
    mutating func small(_ value: UInt64?) -> UInt32 {
        guard let value, value <= Version.inlineLimit else {
            fitsInline = false
            return 0
        }
        return UInt32(truncatingIfNeeded: value)
    }

    /// The number in `b[s..<e]`, zero when empty.
    func number(_ s: Int, _ e: Int) -> VersionNumber {
        s == e ? VersionNumber(0) : VersionNumber(digits: b, s, e)
    }

    /// Every release number, for a version that does not fit inline.
    func releaseNumbers() -> [VersionNumber] {
        var result: [VersionNumber] = []
        result.reserveCapacity(releaseCount)
        var i = releaseStart
        while i < releaseEnd {
            var e = i
            while e < releaseEnd && b[e] != UInt8(ascii: ".") { e += 1 }
            result.append(VersionNumber(digits: b, i, e))
            i = e + 1
        }
        return result
    }

    /// Parses a whole version string (surrounding whitespace allowed).
    static func parseVersion(_ b: UnsafeBufferPointer<UInt8>) throws(ParseError) -> Version {
        var start = 0
        var end = b.count
        // Whitespace is rare: only look for it when the ends are not version bytes.
        if end > 0 && !UTF8Text.isAlnum(b[0]) { start = UTF8Text.skipWhitespace(b, from: 0, end: end) }
        if end > start && !UTF8Text.isAlnum(b[end - 1]) {
            end = UTF8Text.trimTrailingWhitespace(b, start: start, end: end)
        }
        var scanner = VersionScanner(b, start: start, end: end)
        if scanner.scan(allowWildcard: false), scanner.pos == end {
            return scanner.takeVersion()
        }
        throw scanner.error(kind: .invalidVersion)
    }

    /// The error for a scan that stopped before the end.
    func error(kind: ErrorKind) -> ParseError {
        // The caret goes on the first character that is not whitespace: in
        // `>=1 <2` that is the `<`, not the space before it.
        var at = errorPos ?? pos
        while at < end, UTF8Text.whitespaceLength(b, at: at, end: end) > 0 {
            at += UTF8Text.whitespaceLength(b, at: at, end: end)
        }
        if at == end { at = errorPos ?? pos }
        return UTF8Text.error(
            kind, b, at, end, "expected \(expected), found \(UTF8Text.snippet(b, at, end))")
    }

    @inline(__always) func byte(_ i: Int) -> UInt8? { i < end ? b[i] : nil }

    @inline(__always) func isDigit(at i: Int) -> Bool { i < end && UTF8Text.isDigit(b[i]) }

    @inline(__always) func isSeparator(at i: Int) -> Bool { i < end && UTF8Text.isSeparator(b[i]) }

    /// Lowercased byte at `i`, or 0 past the end.
    @inline(__always) func lower(at i: Int) -> UInt8 { i < end ? UTF8Text.lower(b[i]) : 0 }

    /// Reads the digits at `i` (possibly none): their end and value (`nil` past 64 bits).
    @inline(__always)
    func digits(from i: Int) -> (end: Int, value: UInt64?) {
        var j = i
        var value: UInt64 = 0
        while j < end {
            let d = b[j] &- 0x30
            guard d < 10 else { break }
            value = value &* 10 &+ UInt64(d)
            j += 1
        }
        // Nineteen digits always fit in 64 bits; only longer runs need checking.
        return (j, j - i <= 19 ? value : VersionScanner.checkedValue(b, i, j))
    }

    /// The value of the digits `b[i..<j]`, or nil past 64 bits.
    @inline(never)
    static func checkedValue(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> UInt64? {
        var value: UInt64 = 0
        for k in i..<j {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(UInt64(b[k] &- 0x30))
            if o1 || o2 { return nil }
            value = s
        }
        return value
    }

    /// Whether the ASCII keyword (lowercase) appears at `i`, case-insensitively.
    func matches(_ keyword: StaticString, at i: Int) -> Bool {
        let n = keyword.utf8CodeUnitCount
        guard i + n <= end else { return false }
        let k = keyword.utf8Start
        for j in 0..<n where UTF8Text.lower(b[i + j]) != k[j] { return false }
        return true
    }

    /// Records release number `b[s..<e]` with value `value`.
    @inline(__always)
    mutating func appendRelease(_ value: UInt64?) {
        if let value {
            switch releaseCount {
            case 0: release.0 = value
            case 1: release.1 = value
            case 2: release.2 = value
            case 3: release.3 = value
            default: break
            }
        } else {
            fitsInline = false
        }
        releaseCount += 1
    }

    /// Scans as much of a version as possible. Returns false when not even a release segment
    /// could be read; otherwise `pos` is where scanning stopped and `expected` says what
    /// could have followed.
    mutating func scan(allowWildcard: Bool) -> Bool {
        if let c = byte(pos), c | 0x20 == UInt8(ascii: "v") { pos += 1 }
        guard isDigit(at: pos) else {
            expecting = .versionNumber
            return false
        }
        var (e, value) = digits(from: pos)
        if byte(e) == UInt8(ascii: "!") {
            epochStart = pos
            epochEnd = e
            epoch = small(value)
            pos = e + 1
            guard isDigit(at: pos) else {
                expecting = .releaseAfterEpoch
                return false
            }
            (e, value) = digits(from: pos)
        }
        releaseStart = pos
        appendRelease(value)
        releaseHasLeadingZero = e - pos > 1 && b[pos] == UInt8(ascii: "0")
        pos = e
        while byte(pos) == UInt8(ascii: "."), isDigit(at: pos + 1) {
            (e, value) = digits(from: pos + 1)
            appendRelease(value)
            if e - pos > 2 && b[pos + 1] == UInt8(ascii: "0") { releaseHasLeadingZero = true }
            pos = e
        }
        releaseEnd = pos
        if allowWildcard, byte(pos) == UInt8(ascii: "."), byte(pos + 1) == UInt8(ascii: "*") {
            wildcardStart = pos
            pos += 2
            expecting = .endAfterWildcard
            return true
        }
        expecting = .afterRelease
        guard pos < end else { return true }
        scanPre()
        scanPost()
        scanDev()
        scanLocal()
        return true
    }

    /// Reads the optional separator and number after a keyword ending at `q`; moves `pos`.
    mutating func implicitNumber(after q: Int) -> Number {
        var q = q
        if isSeparator(at: q) { q += 1 }
        let (e, value) = digits(from: q)
        pos = e
        return Number(start: q, end: e, value: small(value))
    }

    mutating func scanPre() {
        let p = isSeparator(at: pos) ? pos + 1 : pos
        // Longer spellings first, as packaging's alternation (`alpha` before `a`).
        let kind: PreRelease.Kind
        let length: Int
        switch lower(at: p) {
        case UInt8(ascii: "a"): (kind, length) = (.alpha, matches("alpha", at: p) ? 5 : 1)
        case UInt8(ascii: "b"): (kind, length) = (.beta, matches("beta", at: p) ? 4 : 1)
        case UInt8(ascii: "c"): (kind, length) = (.releaseCandidate, 1)
        case UInt8(ascii: "r"):
            guard lower(at: p + 1) == UInt8(ascii: "c") else { return }
            (kind, length) = (.releaseCandidate, 2)
        case UInt8(ascii: "p"):
            if matches("preview", at: p) {
                (kind, length) = (.releaseCandidate, 7)
            } else if matches("pre", at: p) {
                (kind, length) = (.releaseCandidate, 3)
            } else {
                return
            }
        default: return
        }
        preKind = kind
        pre = implicitNumber(after: p + length)
        expecting = .afterPre
    }

    mutating func scanPost() {
        if byte(pos) == UInt8(ascii: "-"), isDigit(at: pos + 1) {
            let (e, value) = digits(from: pos + 1)
            post = Number(start: pos + 1, end: e, value: small(value))
            pos = e
            expecting = .afterPost
            return
        }
        let p = isSeparator(at: pos) ? pos + 1 : pos
        let length: Int
        switch lower(at: p) {
        case UInt8(ascii: "p"):
            guard matches("post", at: p) else { return }
            length = 4
        case UInt8(ascii: "r"): length = matches("rev", at: p) ? 3 : 1
        default: return
        }
        post = implicitNumber(after: p + length)
        expecting = .afterPost
    }

    mutating func scanDev() {
        let p = isSeparator(at: pos) ? pos + 1 : pos
        guard lower(at: p) == UInt8(ascii: "d"), matches("dev", at: p) else { return }
        dev = implicitNumber(after: p + 3)
        expecting = .afterDev
    }

    mutating func scanLocal() {
        guard byte(pos) == UInt8(ascii: "+") else { return }
        var q = pos + 1
        guard q < end, UTF8Text.isAlnum(b[q]) else {
            errorPos = q
            expecting = .localLabel
            return
        }
        let plus = pos
        var segments: [LocalSegment] = []
        while true {
            let s = q
            var allDigits = true
            while q < end, UTF8Text.isAlnum(b[q]) {
                if !UTF8Text.isDigit(b[q]) { allDigits = false }
                q += 1
            }
            segments.append(localSegment(s, q, allDigits: allDigits))
            guard isSeparator(at: q) else { break }
            guard q + 1 < end, UTF8Text.isAlnum(b[q + 1]) else {
                // A separator must be followed by another part; point just past it.
                errorPos = q + 1
                expecting = .localPart(separator: b[q])
                return
            }
            q += 1
        }
        localStart = plus
        localSegments = segments
        pos = q
        expecting = .endAfterLocal
    }

    func localSegment(_ s: Int, _ e: Int, allDigits: Bool) -> LocalSegment {
        if allDigits { return .number(VersionNumber(digits: b, s, e)) }
        let text = String(unsafeUninitializedCapacity: e - s) { out in
            for i in s..<e { out[i - s] = UTF8Text.lower(b[i]) }
            return e - s
        }
        return .text(text)
    }
}
