/// The hand-written scanner behind ``Version/init(parsing:)`` and the version part of a
/// ``Specifier``. It accepts exactly the language of packaging's `VERSION_PATTERN`
/// (case-insensitive, ASCII digits only), consuming optional separators greedily: no input
/// exists where giving a separator back would let the rest match.
struct VersionScanner {
    let b: UnsafeBufferPointer<UInt8>
    let end: Int
    var pos: Int

    var epoch = VersionNumber(0)
    var smallRelease: [UInt64] = []
    var largeRelease: [VersionNumber]?
    var pre: PreRelease?
    var post: VersionNumber?
    var dev: VersionNumber?
    var localSegments: [LocalSegment]?

    /// Byte offset of `.*` when a wildcard was accepted.
    var wildcardStart: Int?
    /// Byte offset where the pre-, post- or dev-release part starts.
    var suffixStart: Int?
    /// Byte offset of the `+` of a local label.
    var localStart: Int?
    /// Byte offset where the release segment starts and ends.
    var releaseStart = 0
    var releaseEnd = 0
    /// What the scanner would have accepted at `pos` (or at `errorPos`) when it stopped.
    var expected = ""
    /// Where an error should point when not at `pos` (inside a malformed local label).
    var errorPos: Int?

    init(_ b: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        self.b = b
        self.end = end
        self.pos = start
    }

    var version: Version {
        Version(
            epoch: epoch, smallRelease: smallRelease, largeRelease: largeRelease,
            pre: pre, post: post, dev: dev, localSegments: localSegments)
    }

    /// Parses a whole version string (surrounding whitespace allowed).
    static func parseVersion(_ b: UnsafeBufferPointer<UInt8>) throws(ParseError) -> Version {
        let start = UTF8Text.skipWhitespace(b, from: 0, end: b.count)
        let end = UTF8Text.trimTrailingWhitespace(b, start: start, end: b.count)
        var scanner = VersionScanner(b, start: start, end: end)
        if scanner.scan(allowWildcard: false), scanner.pos == end {
            return scanner.version
        }
        throw scanner.error(kind: .invalidVersion)
    }

    /// The error for a scan that stopped before the end.
    func error(kind: ErrorKind) -> ParseError {
        let at = errorPos ?? pos
        return UTF8Text.error(
            kind, b, at, end, "expected \(expected), found \(UTF8Text.snippet(b, at, end))")
    }

    @inline(__always) func byte(_ i: Int) -> UInt8? { i < end ? b[i] : nil }

    @inline(__always) func isDigit(at i: Int) -> Bool { i < end && UTF8Text.isDigit(b[i]) }

    @inline(__always) func isSeparator(at i: Int) -> Bool { i < end && UTF8Text.isSeparator(b[i]) }

    func digitsEnd(from i: Int) -> Int {
        var j = i
        while j < end && UTF8Text.isDigit(b[j]) { j += 1 }
        return j
    }

    /// Whether the ASCII keyword (lowercase) appears at `i`, case-insensitively.
    func matches(_ keyword: StaticString, at i: Int) -> Bool {
        let n = keyword.utf8CodeUnitCount
        guard i + n <= end else { return false }
        let k = keyword.utf8Start
        for j in 0..<n where UTF8Text.lower(b[i + j]) != k[j] { return false }
        return true
    }

    /// Pre-release spellings in packaging's alternation order (longer spellings first).
    private static let preSpellings: [(StaticString, PreRelease.Kind)] = [
        ("alpha", .alpha), ("a", .alpha), ("beta", .beta), ("b", .beta),
        ("preview", .releaseCandidate), ("pre", .releaseCandidate),
        ("c", .releaseCandidate), ("rc", .releaseCandidate),
    ]
    private static let postSpellings: [StaticString] = ["post", "rev", "r"]

    /// Parses a number at `i` when there are digits there; returns it and the end offset.
    func number(at i: Int) -> (VersionNumber, Int)? {
        let e = digitsEnd(from: i)
        return e > i ? (VersionNumber(digits: b, i, e), e) : nil
    }

    /// Appends a release component `b[i..<e]`.
    mutating func appendRelease(_ i: Int, _ e: Int) {
        let n = VersionNumber(digits: b, i, e)
        switch n.storage {
        case .small(let v):
            smallRelease.append(v)
            largeRelease?.append(n)
        case .large:
            if largeRelease == nil { largeRelease = smallRelease.map { VersionNumber($0) } }
            smallRelease.append(.max)
            largeRelease!.append(n)
        }
    }

    /// Scans as much of a version as possible. Returns false when not even a release segment
    /// could be read; otherwise `pos` is where scanning stopped and `expected` says what
    /// could have followed.
    mutating func scan(allowWildcard: Bool) -> Bool {
        if let c = byte(pos), c | 0x20 == UInt8(ascii: "v") { pos += 1 }
        guard isDigit(at: pos) else {
            expected = "a version number"
            return false
        }
        var e = digitsEnd(from: pos)
        if byte(e) == UInt8(ascii: "!") {
            epoch = VersionNumber(digits: b, pos, e)
            pos = e + 1
            guard isDigit(at: pos) else {
                expected = "a release number after the epoch `!`"
                return false
            }
            e = digitsEnd(from: pos)
        }
        releaseStart = pos
        smallRelease.reserveCapacity(4)
        appendRelease(pos, e)
        pos = e
        while byte(pos) == UInt8(ascii: "."), isDigit(at: pos + 1) {
            e = digitsEnd(from: pos + 1)
            appendRelease(pos + 1, e)
            pos = e
        }
        releaseEnd = pos
        if allowWildcard, byte(pos) == UInt8(ascii: "."), byte(pos + 1) == UInt8(ascii: "*") {
            wildcardStart = pos
            pos += 2
            expected = "end of version after `.*`"
            return true
        }
        expected =
            "another release number, a pre-release (`a`, `b`, `rc`), `.post`, `.dev`, "
            + "a local label (`+…`) or end of version"
        scanPre()
        scanPost()
        scanDev()
        scanLocal()
        return true
    }

    mutating func scanPre() {
        let p = isSeparator(at: pos) ? pos + 1 : pos
        for (spelling, kind) in Self.preSpellings where matches(spelling, at: p) {
            suffixStart = pos
            var q = p + spelling.utf8CodeUnitCount
            if isSeparator(at: q) { q += 1 }
            var n = VersionNumber(0)
            if let (value, e) = number(at: q) {
                n = value
                q = e
            }
            pre = PreRelease(kind: kind, number: n)
            pos = q
            expected = "`.post`, `.dev`, a local label (`+…`) or end of version"
            return
        }
    }

    mutating func scanPost() {
        if byte(pos) == UInt8(ascii: "-"), let (n, e) = number(at: pos + 1) {
            if suffixStart == nil { suffixStart = pos }
            post = n
            pos = e
            expected = "`.dev`, a local label (`+…`) or end of version"
            return
        }
        let p = isSeparator(at: pos) ? pos + 1 : pos
        for spelling in Self.postSpellings where matches(spelling, at: p) {
            if suffixStart == nil { suffixStart = pos }
            var q = p + spelling.utf8CodeUnitCount
            if isSeparator(at: q) { q += 1 }
            var n = VersionNumber(0)
            if let (value, e) = number(at: q) {
                n = value
                q = e
            }
            post = n
            pos = q
            expected = "`.dev`, a local label (`+…`) or end of version"
            return
        }
    }

    mutating func scanDev() {
        let p = isSeparator(at: pos) ? pos + 1 : pos
        guard matches("dev", at: p) else { return }
        if suffixStart == nil { suffixStart = pos }
        var q = p + 3
        if isSeparator(at: q) { q += 1 }
        var n = VersionNumber(0)
        if let (value, e) = number(at: q) {
            n = value
            q = e
        }
        dev = n
        pos = q
        expected = "a local label (`+…`) or end of version"
    }

    mutating func scanLocal() {
        guard byte(pos) == UInt8(ascii: "+") else { return }
        var q = pos + 1
        guard q < end, UTF8Text.isAlnum(b[q]) else {
            errorPos = q
            expected = "a local version label (ASCII letters and digits) after `+`"
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
                expected = "an ASCII letter or digit after `\(Character(Unicode.Scalar(b[q])))` in the local label"
                return
            }
            q += 1
        }
        localStart = plus
        localSegments = segments
        pos = q
        expected = "end of version after the local label"
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
