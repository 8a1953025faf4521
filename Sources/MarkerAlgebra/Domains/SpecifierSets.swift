import PEP440

/// The set of versions a specifier clause contains, with pre-releases allowed (as marker
/// evaluation calls `contains(_:prereleases: true)`), following `PEP440`'s matching rules
/// operator by operator. `VersionSetTests` checks each against `Specifier.contains`.
extension VersionSet {
    /// nil for `===` (a text comparison, not a set of versions).
    init?(_ specifier: Specifier) {
        guard let v = specifier.version, specifier.operator != .arbitrary else { return nil }
        switch specifier.operator {
        case .equal, .notEqual:
            let equal: VersionSet
            if specifier.isWildcard {
                let prefix = VersionMath.releasePrefix(v, v.releaseCount)
                equal = .interval(
                    .before(VersionMath.seriesStart(epoch: v.epoch, prefix)),
                    .before(VersionMath.seriesStart(epoch: v.epoch, VersionMath.nextSeries(prefix))))
            } else if v.local != nil {
                equal = .interval(.before(v), .after(v))
            } else {
                equal = .interval(.before(v), .before(VersionMath.nextPublic(v)))
            }
            self = specifier.operator == .equal ? equal : equal.complement
        case .greaterThanOrEqual:
            self = .interval(.before(v), nil)
        case .lessThanOrEqual:
            self = .interval(nil, .before(VersionMath.nextPublic(v.publicVersion)))
        case .lessThan:
            self = .interval(nil, .before(v.isPrerelease ? v : VersionMath.devZero(v)))
        case .greaterThan:
            if v.isDevrelease || v.isPostrelease {
                // Only V's local versions are excluded above V.
                self = .interval(.before(VersionMath.nextPublic(v.publicVersion)), nil)
            } else if let pre = v.pre {
                // V's post-releases and local versions (same release and pre-release) are
                // excluded; the next pre-release number starts the set.
                let next = PreRelease(kind: pre.kind, number: pre.number.successor)
                self = .interval(.before(VersionMath.make(epoch: v.epoch, release: v.release, pre: next, dev: 0)), nil)
            } else {
                self = .interval(.afterRelease(of: v), nil)
            }
        case .compatible:
            let prefix = VersionMath.releasePrefix(v, max(v.releaseCount - 1, 1))
            self = .interval(.before(v), .before(VersionMath.seriesStart(epoch: v.epoch, VersionMath.nextSeries(prefix))))
        case .arbitrary:
            return nil
        }
    }

    /// The versions a specifier set contains (every clause); nil when a clause is `===`.
    init?(_ set: SpecifierSet) {
        var result = VersionSet.all
        for clause in set.specifiers {
            guard let clauseSet = VersionSet(clause) else { return nil }
            result = result.intersection(clauseSet)
        }
        self = result
    }
}
