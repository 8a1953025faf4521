/// Simplification under a `requires-python` range.
extension MarkerAlgebra {
    /// `f` with the Python versions outside `allowed` treated as don't-cares.
    ///
    /// Python is the first variable, so only the root can test it. Each range outside
    /// `allowed` joins a neighbouring range of the root: the one with the same child on both
    /// sides, the only neighbour at either end, or else the neighbour whose boundary with it
    /// is cheaper to write. The result depends only on `f` within `allowed`, so it is
    /// canonical for the pair.
    func restrictPython(_ f: UInt32, to allowed: VersionSet) -> UInt32 {
        guard !isConstant(f), domains[Int(node(f).variable)] == .python else { return f }
        var runs: [(lower: VersionCut?, upper: VersionCut?, child: UInt32)] = []
        for e in edgeList(f) {
            for piece in pythonLabels[e.label].intersection(allowed).intervals {
                runs.append((piece.lower, piece.upper, e.child))
            }
        }
        guard !runs.isEmpty else { return f }
        runs.sort { a, b in
            guard let x = a.lower else { return b.lower != nil }
            guard let y = b.lower else { return false }
            return VersionCut.compare(x, y) < 0
        }
        // Close each gap between neighbouring runs.
        runs[0].lower = nil
        runs[runs.count - 1].upper = nil
        for k in 0..<(runs.count - 1) {
            guard let gapStart = runs[k].upper, let gapEnd = runs[k + 1].lower,
                VersionCut.compare(gapStart, gapEnd) < 0
            else { continue }
            if runs[k].child == runs[k + 1].child || preference(gapEnd) <= preference(gapStart) {
                runs[k].upper = gapEnd
            } else {
                runs[k + 1].lower = gapStart
            }
        }
        var labels: [UInt32: VersionSet] = [:]
        var order: [UInt32] = []
        for run in runs {
            if labels[run.child] == nil { order.append(run.child) }
            labels[run.child, default: .empty] = labels[run.child, default: .empty].union(.interval(run.lower, run.upper))
        }
        return make(node(f).variable, order.map { (pythonLabels.intern(labels[$0]!), $0) })
    }

    /// Lower is a nicer boundary: a `python_version` class start, then a final release.
    private func preference(_ cut: VersionCut) -> Int {
        guard cut.kind == .before else { return 3 }
        let v = cut.version
        if v.dev == 0, v.pre == nil, v.post == nil, v.local == nil, v.releaseCount == 2 { return 0 }
        if !v.isPrerelease, !v.isPostrelease, v.local == nil { return 1 }
        return 2
    }
}
