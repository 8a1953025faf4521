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

    func intersection(_ other: VersionSet) -> VersionSet { combine(other) { $0 && $1 } }
    func union(_ other: VersionSet) -> VersionSet { combine(other) { $0 || $1 } }

    private func combine(_ other: VersionSet, _ op: (Bool, Bool) -> Bool) -> VersionSet {
        var inA = startsIn, inB = other.startsIn
        let start = op(inA, inB)
        var current = start
        var out: [VersionCut] = []
        var i = 0, j = 0
        let a = cuts, b = other.cuts
        while i < a.count || j < b.count {
            let cut: VersionCut
            let c = i == a.count ? 1 : (j == b.count ? -1 : VersionCut.compare(a[i], b[j]))
            if c < 0 {
                cut = a[i]
                inA.toggle()
                i += 1
            } else if c > 0 {
                cut = b[j]
                inB.toggle()
                j += 1
            } else {
                cut = a[i]
                inA.toggle()
                inB.toggle()
                i += 1
                j += 1
            }
            let now = op(inA, inB)
            if now != current {
                out.append(cut)
                current = now
            }
        }
        return VersionSet(startsIn: start, cuts: out)
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
