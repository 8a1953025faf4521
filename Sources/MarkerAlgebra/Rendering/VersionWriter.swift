import PEP440
import PEP508

/// Writes a set of versions as comparisons: each interval by its two bounds, neighbouring
/// intervals joined across a gap that one `!=` removes, a whole interval as one `==` where
/// it is a point or a series.
///
/// For Python the full version's bounds are written with `python_version` where a
/// `python_version` comparison means the same (the bound is the start of a class `X.Y`),
/// else with `python_full_version`. Versions are spelled in normal form with trailing zero
/// release numbers dropped (`3.9.0` is written `3.9`), so the text depends on the set alone.
struct VersionWriter {
    /// `python_full_version`, or the variable's name.
    var name: String
    /// `python_version`, for Python.
    var shortName: String?
    var rank: UInt32
    /// Whether `~=` may be written: only where the marker raises for unparsable text anyway
    /// (`~=` raises there, every other comparison does not).
    var compatible = false

    private func comparison(_ variable: String, _ op: String, _ value: String) -> Formula {
        .comparison(variable, op, literal: value, rank: rank)
    }

    /// The canonical spelling of a version: trailing zero release numbers dropped.
    static func spell(_ v: Version) -> String {
        var release = v.release
        while release.count > 1, release.last?.isZero == true { release.removeLast() }
        var text = VersionMath.text(epoch: v.epoch, release: release, pre: v.pre, post: v.post, dev: v.dev)
        if let local = v.local { text += "+" + local }
        return text
    }

    /// `python_version` value whose class starts exactly at `v`.
    private func classStart(_ v: Version) -> PythonVersions.Point? {
        guard shortName != nil, v.dev?.isZero == true, v.pre == nil, v.post == nil, v.local == nil else { return nil }
        let p = PythonVersions.truncation(v)
        return p.classStart == v ? p : nil
    }

    private static func best(_ options: [Formula]) -> Formula? {
        options.min { Formula.isBetter($0, than: $1) }
    }

    /// The interval starts at `cut`.
    func lower(_ cut: VersionCut) -> Formula? {
        switch cut.kind {
        case .before:
            let v = cut.version
            guard v.local == nil else { return nil }
            // Where `python_version >= "X.Y"` says it, it is the best option: as many
            // comparisons and shorter (a shorter name, and `X.Y` against `X.Y.dev0`, or
            // `X.dev0` for `X.0`), so the other is not written.
            if let p = classStart(v), let short = shortName { return comparison(short, ">=", p.text) }
            return comparison(name, ">=", Self.spell(v))
        case .afterRelease:
            return comparison(name, ">", Self.spell(cut.version))
        case .after:
            return nil
        }
    }

    /// The interval stops just below `cut`.
    func upper(_ cut: VersionCut) -> Formula? {
        guard cut.kind == .before, cut.version.local == nil else { return nil }
        let w = cut.version
        // Where `python_version < "X.Y"` says it, it is the best option: one comparison, and
        // every other spells at least `X` (`X.0` loses its zero) with a name five characters
        // longer, so the others are not written.
        if let p = classStart(w), let short = shortName { return comparison(short, "<", p.text) }
        var options: [Formula] = []
        if let dev = w.dev {
            if dev.isZero && w.pre == nil {
                // `<V` stops at V.dev0 for a V that is not a pre-release.
                options.append(comparison(name, "<", Self.spell(VersionMath.make(epoch: w.epoch, release: w.release, post: w.post))))
            }
            if let previous = Self.previousPublic(w) {
                // `<=V` stops at the next public version after V.
                options.append(comparison(name, "<=", Self.spell(previous)))
            }
        }
        if w.isPrerelease {
            options.append(comparison(name, "<", Self.spell(w)))
        } else {
            // Below a final or post-release: everything `<=` it but itself.
            options.append(.and([comparison(name, "!=", Self.spell(w)), comparison(name, "<=", Self.spell(w))]))
        }
        return Self.best(options)
    }

    /// The version V with `nextPublic(V) == w`, if there is one.
    static func previousPublic(_ w: Version) -> Version? {
        guard let dev = w.dev else { return nil }
        if !dev.isZero, let n = dev.uint64Value {
            return VersionMath.make(epoch: w.epoch, release: w.release, pre: w.pre, post: w.post, dev: VersionNumber(n - 1))
        }
        guard dev.isZero, let post = w.post else { return nil }
        if post.isZero { return VersionMath.make(epoch: w.epoch, release: w.release, pre: w.pre) }
        guard let n = post.uint64Value else { return nil }
        return VersionMath.make(epoch: w.epoch, release: w.release, pre: w.pre, post: VersionNumber(n - 1))
    }

    /// `[lower, upper)` as one `==` (or, `negated`, its complement as one `!=`).
    func point(_ lower: VersionCut, _ upper: VersionCut, negated: Bool) -> Formula? {
        guard lower.kind == .before else { return nil }
        let v = lower.version
        let op = negated ? "!=" : "=="
        if v.local != nil {
            return upper.kind == .after && upper.version == v ? comparison(name, op, Self.spell(v)) : nil
        }
        if upper.kind == .before && upper.version == VersionMath.nextPublic(v) {
            return comparison(name, op, Self.spell(v))
        }
        if compatible, !negated, upper.kind == .before, let spelled = Self.compatibleVersion(v, upper.version) {
            return comparison(name, "~=", spelled)
        }
        guard upper.kind == .before, let prefix = Self.series(v, upper.version) else { return nil }
        if let short = shortName, prefix.count <= 2 {
            let text = prefix.count == 2
                ? PythonVersions.Point(epoch: v.epoch, major: prefix[0], minor: prefix[1]).text
                : (v.epoch.isZero ? "" : v.epoch.description + "!") + prefix[0].description + ".*"
            return comparison(short, op, text)
        }
        // A wildcard on a variable that may hold unparsable text also matches the text `X.*`.
        guard shortName != nil else { return nil }
        return comparison(name, op, VersionMath.text(epoch: v.epoch, release: prefix) + ".*")
    }

    /// The spelling of V when `[V, end)` is `~=V`: end is the start of the series after V's
    /// release without its last number.
    static func compatibleVersion(_ v: Version, _ end: Version) -> String? {
        guard end.dev?.isZero == true, end.pre == nil, end.post == nil, end.local == nil, end.epoch == v.epoch else {
            return nil
        }
        var upper = end.release
        while let last = upper.last, last.isZero { upper.removeLast() }
        guard !upper.isEmpty, VersionMath.nextSeries(VersionMath.releasePrefix(v, upper.count)) == upper,
            v.release.dropFirst(upper.count + 1).allSatisfy(\.isZero)
        else { return nil }
        return VersionMath.text(
            epoch: v.epoch, release: VersionMath.releasePrefix(v, upper.count + 1), pre: v.pre, post: v.post, dev: v.dev)
    }

    /// The prefix P when `[start, end)` is `[P.dev0, P'.dev0)`, P' being P with its last
    /// number increased.
    static func series(_ start: Version, _ end: Version) -> [VersionNumber]? {
        guard start.dev?.isZero == true, end.dev?.isZero == true, start.pre == nil, end.pre == nil,
            start.post == nil, end.post == nil, start.local == nil, end.local == nil, start.epoch == end.epoch
        else { return nil }
        var upper = end.release
        while let last = upper.last, last.isZero { upper.removeLast() }
        guard !upper.isEmpty else { return nil }
        var prefix = VersionMath.releasePrefix(start, upper.count)
        guard VersionMath.nextSeries(prefix) == upper,
            start.release.dropFirst(upper.count).allSatisfy(\.isZero)
        else { return nil }
        // Trailing zeros of the prefix are significant for `.*` (`3.0.*` is not `3.*`).
        prefix = Array(prefix)
        return prefix
    }

    /// The set as comparisons, or nil when marker syntax cannot say it exactly.
    func write(_ set: VersionSet) -> Formula? {
        if set.isEmpty { return .constant(false) }
        if set.isAll { return .constant(true) }
        let pieces = set.intervals
        let n = pieces.count
        // holes[i]: the gap between piece i and i+1 as one `!=`.
        let holes: [Formula?] = (0..<max(n - 1, 0)).map { i in
            point(pieces[i].upper!, pieces[i + 1].lower!, negated: true)
        }
        var best: [[Formula]?] = Array(repeating: nil, count: n + 1)
        best[0] = []
        for end in 1...n {
            var start = end - 1
            while start >= 0 {
                if let before = best[start], let group = group(pieces, holes, start, end - 1) {
                    let candidate = before + [group]
                    if best[end] == nil || Formula.isBetterAny(candidate, than: best[end]!) {
                        best[end] = candidate
                    }
                }
                if start == 0 || holes[start - 1] == nil { break }
                start -= 1
            }
        }
        return best[n].map { Formula.any($0) }
    }

    /// Pieces `a...b` as one `and`: their outer bounds and the holes between them.
    private func group(_ pieces: [(lower: VersionCut?, upper: VersionCut?)], _ holes: [Formula?], _ a: Int, _ b: Int) -> Formula? {
        var parts: [Formula] = []
        if let cut = pieces[a].lower {
            guard let bound = lower(cut) else { return nil }
            parts.append(bound)
        }
        if let cut = pieces[b].upper {
            guard let bound = upper(cut) else { return nil }
            parts.append(bound)
        }
        for i in a..<b { parts.append(holes[i]!) }
        var options = [Formula.all(parts)]
        if a == b, let l = pieces[a].lower, let u = pieces[a].upper, let single = point(l, u, negated: false) {
            options.append(single)
        }
        return options.min { Formula.isBetter($0, than: $1) }
    }
}
