/// `and` of two nodes on the same string variable, value by value.
///
/// A string variable's edges are finite sets and one co-finite set (the values no finite
/// edge names). Instead of intersecting every pair of labels, each value named by either
/// node is looked up in both, the co-finite edges meet once for all other values, and the
/// results are grouped by child: no intermediate label is built, and none at all when every
/// value leads to the same child (`extra == "a" and extra == "b"`).
extension MarkerAlgebra {
    func andStrings(_ a: UInt32, _ b: UInt32) throws(AlgebraError) -> UInt32 {
        let variable = node(a).variable
        let ea = edgeList(a), eb = edgeList(b)
        let (namedA, restA) = named(ea)
        let (namedB, restB) = named(eb)
        // Merge-join the named values: (value, edge of a, edge of b).
        var joined: [(value: ByteString, i: Int, j: Int)] = []
        joined.reserveCapacity(namedA.count + namedB.count)
        var x = 0, y = 0
        while x < namedA.count || y < namedB.count {
            if y == namedB.count || (x < namedA.count && namedA[x].value < namedB[y].value) {
                joined.append((namedA[x].value, namedA[x].edge, restB))
                x += 1
            } else if x == namedA.count || namedB[y].value < namedA[x].value {
                joined.append((namedB[y].value, restA, namedB[y].edge))
                y += 1
            } else {
                joined.append((namedA[x].value, namedA[x].edge, namedB[y].edge))
                x += 1
                y += 1
            }
        }
        // Children per pair of edges, computed once.
        var children = [UInt32?](repeating: nil, count: ea.count * eb.count)
        func child(_ i: Int, _ j: Int) throws(AlgebraError) -> UInt32 {
            if let known = children[i * eb.count + j] { return known }
            let c = try and(ea[i].child, eb[j].child)
            children[i * eb.count + j] = c
            return c
        }
        let rest = try child(restA, restB)
        var results: [UInt32] = []
        results.reserveCapacity(joined.count)
        var uniform = true
        for entry in joined {
            let c = try child(entry.i, entry.j)
            results.append(c)
            if c != rest { uniform = false }
        }
        if uniform { return rest }
        // Group the named values by child; values leading to `rest` join the co-finite edge.
        var groups: [(child: UInt32, values: [ByteString])] = []
        var excluded: [ByteString] = []
        for (entry, c) in zip(joined, results) where c != rest {
            excluded.append(entry.value)
            if let k = groups.firstIndex(where: { $0.child == c }) {
                groups[k].values.append(entry.value)
            } else {
                groups.append((c, [entry.value]))
            }
        }
        var pairs = groups.map { (stringLabels.intern(StringSet(cofinite: false, values: $0.values)), $0.child) }
        pairs.append((stringLabels.intern(StringSet(cofinite: true, values: excluded)), rest))
        return make(variable, pairs)
    }

    /// Whether `a and b` holds somewhere, for two nodes on the same string variable, value
    /// by value as ``andStrings(_:_:)`` and without building anything.
    func intersectsStrings(_ a: UInt32, _ b: UInt32) throws(AlgebraError) -> Bool {
        let ea = edgeList(a), eb = edgeList(b)
        let (namedA, restA) = named(ea)
        let (namedB, restB) = named(eb)
        var tried = [Bool](repeating: false, count: ea.count * eb.count)
        func meets(_ i: Int, _ j: Int) throws(AlgebraError) -> Bool {
            if tried[i * eb.count + j] { return false }
            tried[i * eb.count + j] = true
            return try intersects(ea[i].child, eb[j].child)
        }
        if try meets(restA, restB) { return true }
        var x = 0, y = 0
        while x < namedA.count || y < namedB.count {
            let i: Int, j: Int
            if y == namedB.count || (x < namedA.count && namedA[x].value < namedB[y].value) {
                (i, j) = (namedA[x].edge, restB)
                x += 1
            } else if x == namedA.count || namedB[y].value < namedA[x].value {
                (i, j) = (restA, namedB[y].edge)
                y += 1
            } else {
                (i, j) = (namedA[x].edge, namedB[y].edge)
                x += 1
                y += 1
            }
            if try meets(i, j) { return true }
        }
        return false
    }

    /// The values named by a string node's finite edges, sorted, each with its edge; and the
    /// index of the co-finite edge.
    private func named(_ edges: [Edge]) -> (values: [(value: ByteString, edge: Int)], rest: Int) {
        var values: [(value: ByteString, edge: Int)] = []
        var rest = 0
        for (k, e) in edges.enumerated() {
            let set = stringLabels[e.label]
            if set.cofinite {
                rest = k
            } else {
                for v in set.values { values.append((v, k)) }
            }
        }
        values.sort { $0.value < $1.value }
        return (values, rest)
    }
}
