/// A version clause in 20 bytes of plain data: an operator and a release of at most four
/// numbers below 2³², written in normal form (`>=1.20`, `<2`, `==2.0.*`), which is what
/// almost every clause is. A ``SpecifierSet`` of one such clause keeps it without
/// allocating; the ``Specifier`` is rebuilt when the clause is read.
@usableFromInline
struct CompactClause: Sendable {
    let op: Specifier.Operator
    let isWildcard: Bool
    let count: UInt8
    let release: (UInt32, UInt32, UInt32, UInt32)

    /// `specifier` in compact form, or nil when it has more than that (pre-, post- or
    /// dev-release, epoch, local label, large numbers, text not in normal form, `===`).
    init?(_ specifier: borrowing Specifier) {
        guard specifier.hasVersion, specifier.storedText.isEmpty, specifier.operator != .arbitrary else { return nil }
        let v = specifier.parsedVersion
        let limit = UInt64(UInt32.max)
        guard v.flags == 0, v.inlineEpoch == 0, v.inlineCount >= 1, v.inlineCount <= 4,
            v.r0 <= limit, v.r1 <= limit, v.r2 <= limit, v.r3 <= limit
        else { return nil }
        op = specifier.operator
        isWildcard = specifier.isWildcard
        count = v.inlineCount
        release = (UInt32(v.r0), UInt32(v.r1), UInt32(v.r2), UInt32(v.r3))
    }

    /// The clause scanned from `b[v..<e]` (checked by ``Specifier/scanClause``) in compact
    /// form, or nil: without building the version or the specifier first.
    init?(_ scanner: borrowing VersionScanner, operator op: Specifier.Operator, from v: Int, to e: Int) {
        let limit = UInt64(UInt32.max)
        guard scanner.isNormalRelease(from: v, to: e), scanner.fitsInline, scanner.releaseCount <= 4 else { return nil }
        let r = scanner.release
        guard r.0 <= limit, r.1 <= limit, r.2 <= limit, r.3 <= limit else { return nil }
        self.op = op
        isWildcard = scanner.wildcardStart != nil
        count = UInt8(scanner.releaseCount)
        release = (UInt32(r.0), UInt32(r.1), UInt32(r.2), UInt32(r.3))
    }

    /// The clause as a specifier.
    @usableFromInline
    var specifier: Specifier {
        let version = Version(
            inlineEpoch: 0, release: (UInt64(release.0), UInt64(release.1), UInt64(release.2), UInt64(release.3)),
            count: Int(count), preKind: nil, preNumber: 0, post: nil, dev: nil, local: nil)
        return Specifier(operator: op, versionText: "", version: version, isWildcard: isWildcard)
    }
}
