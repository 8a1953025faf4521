import PEP440

/// `python_version` as the two-number truncation of `python_full_version`.
///
/// The algebra keeps one variable for both: the full version `F`. `python_version` is the
/// text `X.Y` (with `E!` in front for an epoch above zero) of `F`'s epoch and first two
/// release numbers, so a set of `python_version` values is a union of whole *classes*
/// `[X.Y.dev0, X.(Y+1).dev0)` of full versions.
enum PythonVersions {
    /// A `python_version` value: `E!X.Y`.
    struct Point: Sendable {
        var epoch: VersionNumber
        var major: VersionNumber
        var minor: VersionNumber

        var version: Version { VersionMath.make(epoch: epoch, release: [major, minor]) }
        /// The first full version of the class: `X.Y.dev0`.
        var classStart: Version { VersionMath.seriesStart(epoch: epoch, [major, minor]) }
        var successor: Point { Point(epoch: epoch, major: major, minor: minor.successor) }
        /// The value as an interpreter reports it.
        var text: String { (epoch.isZero ? "" : epoch.description + "!") + major.description + "." + minor.description }
    }

    static func truncation(_ v: Version) -> Point {
        let prefix = VersionMath.releasePrefix(v, 2)
        return Point(epoch: v.epoch, major: prefix[0], minor: prefix[1])
    }

    /// The smallest value at or above `cut`.
    static func ceiling(_ cut: VersionCut) -> Point {
        let t = truncation(cut.version)
        return cut.isBelow(t.version) ? t : t.successor
    }

    /// The full versions whose `python_version` is in `values`.
    static func fullVersions(whereShortIn values: VersionSet) -> VersionSet {
        var result = VersionSet.empty
        for (lower, upper) in values.intervals {
            let from = lower.map(ceiling)
            let to = upper.map(ceiling)
            if let from, let to, !(from.version < to.version) { continue }
            result = result.union(.interval(from.map { .before($0.classStart) }, to.map { .before($0.classStart) }))
        }
        return result
    }

    /// The class of one value.
    static func fullVersions(of point: Point) -> VersionSet {
        .interval(.before(point.classStart), .before(point.successor.classStart))
    }

    /// The full versions for which `"literal" op python_version` holds, the literal being a
    /// version: the specifier `op X.Y` is built from the value and must contain the literal.
    ///
    /// Each of these is monotone in `X.Y` (or a range of one major version), and changes
    /// only at the literal's own truncation `p0` or the value after it, so testing `p0`
    /// decides the set.
    static func fullVersions(whereLiteral literal: Version, _ op: Specifier.Operator) -> VersionSet {
        let p0 = truncation(literal), p1 = p0.successor
        func holds(_ p: Point) -> Bool {
            Specifier(op.rawValue + p.text)?.contains(literal, prereleases: true) ?? false
        }
        switch op {
        case .lessThan, .lessThanOrEqual:
            if holds(p0) { return .interval(.before(p0.classStart), nil) }
            return holds(p1) ? .interval(.before(p1.classStart), nil) : .empty
        case .greaterThan, .greaterThanOrEqual:
            return .interval(nil, .before(holds(p0) ? p1.classStart : p0.classStart))
        case .equal, .notEqual:
            // Only `==p0` can contain the literal.
            let equal = Specifier("==" + p0.text)?.contains(literal, prereleases: true) == true ? fullVersions(of: p0) : .empty
            return op == .equal ? equal : equal.complement
        case .compatible:
            let low = Point(epoch: p0.epoch, major: p0.major, minor: 0)
            return .interval(.before(low.classStart), .before(holds(p0) ? p1.classStart : p0.classStart))
        case .arbitrary:
            return .empty
        }
    }

    /// The value whose text is exactly `text`, if `text` is one an interpreter reports.
    static func point(spelled text: String) -> Point? {
        guard let v = Version(text), v.releaseCount == 2, v.pre == nil, v.post == nil, v.dev == nil,
            v.local == nil
        else { return nil }
        let p = truncation(v)
        return p.text == text ? p : nil
    }
}
