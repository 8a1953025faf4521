/// `and`, `or`, `not`, and the queries that walk two diagrams without building one.
extension MarkerAlgebra {
    @inline(__always) func not(_ f: UInt32) -> UInt32 { f ^ 1 }

    @inline(__always) func or(_ f: UInt32, _ g: UInt32) throws(AlgebraError) -> UInt32 {
        try and(f ^ 1, g ^ 1) ^ 1
    }

    /// The conjunction, visiting each pair of nodes at most once (per cache lifetime). The
    /// answers that need no node are found inline; the rest in ``andNodes(_:_:)``.
    @inline(__always) func and(_ f: UInt32, _ g: UInt32) throws(AlgebraError) -> UInt32 {
        if f == g || g == Ref.true { return f }
        if f == Ref.true { return g }
        if f == Ref.false || g == Ref.false || f == g ^ 1 { return Ref.false }
        return try andNodes(f, g)
    }

    private func andNodes(_ f: UInt32, _ g: UInt32) throws(AlgebraError) -> UInt32 {
        let (a, b) = f < g ? (f, g) : (g, f)
        let la = level(a), lb = level(b)
        let strings = la == lb && domains[Int(node(a).variable)] == .string
        // Two nodes that test one string value each (`extra == "a"`, `sys_platform != "win32"`)
        // are combined in fewer steps than a cache lookup and store take.
        if strings, let x = singleValue(a), let y = singleValue(b) {
            try step()
            return try andSingleValues(a, x, b, y)
        }
        let slot = cacheSlot(.and, a, b), size = cache.count
        if let known = cached(.and, a, b, at: slot) { return known }
        try step()
        if strings {
            let result = try andStrings(a, b)
            remember(.and, a, b, result, at: slot, size: size)
            return result
        }
        let base = scratch.count
        let variable: UInt32
        if la == lb {
            variable = node(a).variable
            let domain = domains[Int(variable)]
            let ca = Int(node(a).count), cb = Int(node(b).count)
            for i in 0..<ca {
                let ea = edge(a, i)
                for j in 0..<cb {
                    let eb = edge(b, j)
                    let label = labelAnd(domain, ea.label, eb.label)
                    if label == 0 { continue }
                    let child = try and(ea.child, eb.child)
                    scratch.append(Edge(label: label, child: child))
                }
            }
        } else {
            let (top, other) = la < lb ? (a, b) : (b, a)
            variable = node(top).variable
            for i in 0..<Int(node(top).count) {
                let e = edge(top, i)
                let child = try and(e.child, other)
                scratch.append(Edge(label: e.label, child: child))
            }
        }
        let result = make(variable, from: base)
        remember(.and, a, b, result, at: slot, size: size)
        return result
    }

    /// Whether `f and g` holds somewhere, without building it; stops at the first witness.
    @inline(__always) func intersects(_ f: UInt32, _ g: UInt32) throws(AlgebraError) -> Bool {
        if f == Ref.false || g == Ref.false || f == g ^ 1 { return false }
        // A diagram other than false holds somewhere: every edge label is non-empty.
        if f == Ref.true || g == Ref.true || f == g { return true }
        return try intersectsNodes(f, g)
    }

    private func intersectsNodes(_ f: UInt32, _ g: UInt32) throws(AlgebraError) -> Bool {
        let (a, b) = f < g ? (f, g) : (g, f)
        if let known = cached(.intersects, a, b) { return known == 1 }
        try step()
        let la = level(a), lb = level(b)
        var found = false
        if la == lb, domains[Int(node(a).variable)] == .string {
            found = try intersectsStrings(a, b)
        } else if la == lb {
            let domain = domains[Int(node(a).variable)]
            search: for i in 0..<Int(node(a).count) {
                let ea = edge(a, i)
                for j in 0..<Int(node(b).count) {
                    let eb = edge(b, j)
                    if labelAnd(domain, ea.label, eb.label) == 0 { continue }
                    if try intersects(ea.child, eb.child) {
                        found = true
                        break search
                    }
                }
            }
        } else {
            let (top, other) = la < lb ? (a, b) : (b, a)
            for i in 0..<Int(node(top).count) where try intersects(edge(top, i).child, other) {
                found = true
                break
            }
        }
        remember(.intersects, a, b, found ? 1 : 0)
        return found
    }

    /// `∃ variable-at-root . f` for the root of `c`: the union of its children.
    func existsRoot(_ c: UInt32) throws(AlgebraError) -> UInt32 {
        var result = Ref.false
        for e in edgeList(c) { result = try or(result, e.child) }
        return result
    }

    /// A small diagram that agrees with `f` wherever `care` holds (Coudert and Madre's
    /// `restrict`): values outside `care` are don't-cares, merged into a neighbouring edge.
    /// Only for ``MarkerCondition/simplified(assuming:)``; the result is exact under `care`
    /// but not canonical.
    func restrict(_ f: UInt32, _ care: UInt32) throws(AlgebraError) -> UInt32 {
        if care == Ref.true || isConstant(f) { return f }
        if care == Ref.false { return f }
        if f == care { return Ref.true }
        if f == care ^ 1 { return Ref.false }
        if let known = cached(.restrict, f, care) { return known }
        try step()
        let lf = level(f), lc = level(care)
        let result: UInt32
        if lc < lf {
            result = try restrict(f, existsRoot(care))
        } else {
            let variable = node(f).variable
            let domain = domains[Int(variable)]
            let fe = edgeList(f)
            let ce: [Edge] = lc == lf ? edgeList(care) : [Edge(label: 1, child: care)]
            var pieces: [(label: UInt32, child: UInt32)] = []
            var dontCare: UInt32 = 0
            for a in fe {
                for b in ce {
                    let label = labelAnd(domain, a.label, b.label)
                    if label == 0 { continue }
                    if b.child == Ref.false {
                        dontCare = labelOr(domain, dontCare, label)
                    } else {
                        pieces.append((label, try restrict(a.child, b.child)))
                    }
                }
            }
            // Merge pieces with equal children; give the don't-care values to the piece with
            // the largest label (the fewest comparisons to spell, for strings the co-finite
            // one), or drop the variable when one child remains.
            var merged: [(label: UInt32, child: UInt32)] = []
            for p in pieces {
                if let k = merged.firstIndex(where: { $0.child == p.child }) {
                    merged[k].label = labelOr(domain, merged[k].label, p.label)
                } else {
                    merged.append(p)
                }
            }
            if merged.count == 1 {
                result = merged[0].child
            } else if merged.isEmpty {
                result = f
            } else {
                let target = preferredDontCareTarget(domain, merged.map(\.label))
                merged[target].label = labelOr(domain, merged[target].label, dontCare)
                result = make(variable, merged)
            }
        }
        remember(.restrict, f, care, result)
        return result
    }

    /// Which edge takes the don't-care values: for strings the co-finite label, for
    /// versions the one with most cuts (ties: the earliest set), for Booleans `false`. A
    /// choice by content, so that the result does not depend on the order labels were made.
    private func preferredDontCareTarget(_ domain: Domain, _ labels: [UInt32]) -> Int {
        func key(_ set: VersionSet) -> (Int, String) { (-set.cuts.count, set.description) }
        switch domain {
        case .string:
            return labels.firstIndex { stringLabels[$0].cofinite } ?? 0
        case .python:
            return labels.indices.min { key(pythonLabels[labels[$0]]) < key(pythonLabels[labels[$1]]) } ?? 0
        case .version:
            return labels.indices.min { key(versionLabels[labels[$0]].versions) < key(versionLabels[labels[$1]].versions) } ?? 0
        case .boolean:
            return labels.firstIndex(of: 2) ?? 0
        }
    }

    /// The variables `f` depends on, in order.
    func support(_ f: UInt32) -> [UInt32] {
        // Nodes and variables seen in this walk carry its mark.
        mark &+= 1
        if mark == 0 {
            for i in 0..<nodeMarks.count { nodeMarks[i] = 0 }
            for i in 0..<variableMarks.count { variableMarks[i] = 0 }
            mark = 1
        }
        while nodeMarks.count < nodes.count { nodeMarks.append(0) }
        while variableMarks.count < variableKeys.count { variableMarks.append(0) }
        var found: [UInt32] = []
        let base = pairChildren.count
        defer { pairChildren.truncate(to: base) }
        pairChildren.append(f >> 1)
        while pairChildren.count > base {
            let index = pairChildren[pairChildren.count - 1]
            pairChildren.truncate(to: pairChildren.count - 1)
            guard index != 0, nodeMarks[Int(index)] != mark else { continue }
            nodeMarks[Int(index)] = mark
            let n = nodes[Int(index)]
            if variableMarks[Int(n.variable)] != mark {
                variableMarks[Int(n.variable)] = mark
                found.append(n.variable)
            }
            for k in 0..<Int(n.count) { pairChildren.append(edges[Int(n.start) + k].child >> 1) }
        }
        return found.sorted { rank[Int($0)] < rank[Int($1)] }
    }

    /// Number of nodes reachable from `f` (the terminal included).
    func size(_ f: UInt32) -> Int {
        var seen = Set<UInt32>()
        var stack = [f >> 1]
        while let index = stack.popLast() {
            guard seen.insert(index).inserted, index != 0 else { continue }
            let n = nodes[Int(index)]
            for k in 0..<Int(n.count) { stack.append(edges[Int(n.start) + k].child >> 1) }
        }
        return seen.count
    }
}
