import PEP440

/// A set of PEP 440 versions: a union of disjoint intervals of the version order, stored as
/// the positions where membership changes.
///
/// The form is canonical: `startsIn` says whether the versions below the first cut are
/// members, and the cuts are strictly increasing, so two sets are equal exactly when their
/// stored forms are.
struct VersionSet: Hashable, Sendable, CustomStringConvertible {
    var startsIn: Bool
    var cuts: [VersionCut]

    static let empty = VersionSet(startsIn: false, cuts: [])
    static let all = VersionSet(startsIn: true, cuts: [])

    /// `0.dev0` is the smallest version, so a cut just below it is no cut at all.
    static let bottom = VersionCut.before(Version("0.dev0")!)

    init(startsIn: Bool, cuts: [VersionCut]) {
        if let first = cuts.first, first == VersionSet.bottom {
            self.startsIn = !startsIn
            self.cuts = Array(cuts.dropFirst())
        } else {
            self.startsIn = startsIn
            self.cuts = cuts
        }
    }

    var isEmpty: Bool { !startsIn && cuts.isEmpty }
    var isAll: Bool { startsIn && cuts.isEmpty }

    /// `[lower, upper)`; nil bounds are unbounded.
    static func interval(_ lower: VersionCut?, _ upper: VersionCut?) -> VersionSet {
        switch (lower, upper) {
        case (nil, nil): return .all
        case (let l?, nil): return VersionSet(startsIn: false, cuts: [l])
        case (nil, let u?): return VersionSet(startsIn: true, cuts: [u])
        case (let l?, let u?):
            return VersionCut.compare(l, u) < 0 ? VersionSet(startsIn: false, cuts: [l, u]) : .empty
        }
    }

    func contains(_ v: Version) -> Bool {
        // The number of cuts below v, by binary search.
        var low = 0, high = cuts.count
        while low < high {
            let mid = (low + high) / 2
            if cuts[mid].isBelow(v) { low = mid + 1 } else { high = mid }
        }
        return startsIn != (low % 2 == 1)
    }

    var complement: VersionSet { VersionSet(startsIn: !startsIn, cuts: cuts) }

    func intersection(_ other: VersionSet) -> VersionSet { combine(other, and: true) }
    func union(_ other: VersionSet) -> VersionSet { combine(other, and: false) }

    private func combine(_ other: VersionSet, and isAnd: Bool) -> VersionSet {
        let a = cuts, b = other.cuts
        var out: [VersionCut] = []
        let start = VersionSet.merge(startsIn, a.count, other.startsIn, b.count, and: isAnd) {
            VersionCut.compare(a[$0], b[$1])
        } emit: { fromA, k in
            out.append(fromA ? a[k] : b[k])
        }
        return VersionSet(startsIn: start, cuts: out)
    }

    /// `a and b` or `a or b` of two sets given by where they start and their cuts in
    /// order: walks both lists and emits each cut where the result's membership changes
    /// (`fromA` and its index in its list); returns whether the result starts in.
    /// (The label tables run this on numbered cuts.)
    @inline(__always)
    static func merge(
        _ startsA: Bool, _ countA: Int, _ startsB: Bool, _ countB: Int, and isAnd: Bool,
        compare: (_ i: Int, _ j: Int) -> Int, emit: (_ fromA: Bool, _ index: Int) -> Void
    ) -> Bool {
        var inA = startsA, inB = startsB
        let start = isAnd ? inA && inB : inA || inB
        var current = start
        var i = 0, j = 0
        while i < countA || j < countB {
            let c = i == countA ? 1 : (j == countB ? -1 : compare(i, j))
            let fromA = c <= 0
            let index = fromA ? i : j
            if c <= 0 {
                inA.toggle()
                i += 1
            }
            if c >= 0 {
                inB.toggle()
                j += 1
            }
            let now = isAnd ? inA && inB : inA || inB
            if now != current {
                emit(fromA, index)
                current = now
            }
        }
        return start
    }

    /// The member intervals in order, as `(lower, upper)` with nil for unbounded ends.
    var intervals: [(lower: VersionCut?, upper: VersionCut?)] {
        var out: [(VersionCut?, VersionCut?)] = []
        var i = 0
        var lower: VersionCut? = nil
        var inside = startsIn
        while i < cuts.count {
            if inside {
                out.append((lower, cuts[i]))
            } else {
                lower = cuts[i]
            }
            inside.toggle()
            i += 1
        }
        if inside { out.append((cuts.isEmpty ? nil : lower, nil)) }
        return out
    }

    var description: String {
        if isEmpty { return "∅" }
        return intervals.map { "[\($0.lower?.description ?? "-∞"), \($0.upper?.description ?? "∞"))" }.joined(separator: " ∪ ")
    }
}
