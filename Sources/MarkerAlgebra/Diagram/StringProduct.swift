/// `and` of two nodes on the same string variable, value by value.
///
/// A string variable's edges are finite sets and one co-finite set (the values no finite
/// edge names). Instead of intersecting every pair of labels, each value named by either
/// node is looked up in both, the co-finite edges meet once for all other values, and the
/// results are grouped by child: no intermediate label is built, and none at all when every
/// value leads to the same child (`extra == "a" and extra == "b"`). The values are label
/// elements (numbers, in the table's order), gathered in `words` and matched in
/// `pairChildren`, frames of plain buffers: nothing is allocated.
///
/// Most string nodes test one value (`extra == "test"`, `sys_platform != "win32"`): two such
/// nodes are combined without the frames (``andSingleValues(_:_:_:_:)``, which `and` calls
/// before it looks in its cache).
extension MarkerAlgebra {
    func andStrings(_ a: UInt32, _ b: UInt32) throws(AlgebraError) -> UInt32 {
        let frame = openFrame(a, b, unknown: .max)
        defer { closeFrame(frame) }
        /// The child for edges `i` of a and `j` of b, computed once.
        func child(_ i: Int, _ j: Int) throws(AlgebraError) -> UInt32 {
            let slot = frame.memo + i * frame.columns + j
            if pairChildren[slot] != .max { return pairChildren[slot] }
            let c = try and(edge(a, i).child, edge(b, j).child)
            pairChildren[slot] = c
            return c
        }
        let rest = try child(frame.restA, frame.restB)
        // Each joined value is kept as (rank, child) after the gathered ones.
        let end = words.count
        var uniform = true
        _ = try join(frame) { (r, i, j) throws(AlgebraError) -> Bool in
            let c = try child(i, j)
            if c != rest { uniform = false }
            words.append(r << 32 | UInt64(c))
            return true
        }
        if uniform { return rest }
        // One finite edge per child other than `rest` (values in rank order, so the label's
        // elements come out sorted), then the co-finite edge of the values not listed.
        let labels = stringLabels
        let edgeBase = scratch.count
        for k in end..<words.count {
            let c = UInt32(truncatingIfNeeded: words[k])
            if c == rest || c == .max { continue }
            let start = labels.pool.count
            for m in k..<words.count where UInt32(truncatingIfNeeded: words[m]) == c {
                labels.appendElement(atRank: Int(words[m] >> 32))
                words[m] |= 0xFFFF_FFFF  // grouped
            }
            scratch.append(Edge(label: labels.intern(flag: false, from: start), child: c))
        }
        let start = labels.pool.count
        for k in end..<words.count where UInt32(truncatingIfNeeded: words[k]) != rest {
            labels.appendElement(atRank: Int(words[k] >> 32))
        }
        scratch.append(Edge(label: labels.intern(flag: true, from: start), child: rest))
        return make(variable(of: a), from: edgeBase)
    }

    /// Whether `a and b` holds somewhere, for two nodes on the same string variable, value
    /// by value as ``andStrings(_:_:)`` and without building anything.
    func intersectsStrings(_ a: UInt32, _ b: UInt32) throws(AlgebraError) -> Bool {
        if let x = singleValue(a), let y = singleValue(b) {
            // Values other than x and y exist (the domain is infinite).
            if try intersects(edge(a, x.rest).child, edge(b, y.rest).child) { return true }
            if x.element == y.element { return try intersects(edge(a, x.named).child, edge(b, y.named).child) }
            if try intersects(edge(a, x.named).child, edge(b, y.rest).child) { return true }
            return try intersects(edge(a, x.rest).child, edge(b, y.named).child)
        }
        let frame = openFrame(a, b, unknown: 0)
        defer { closeFrame(frame) }
        func meets(_ i: Int, _ j: Int) throws(AlgebraError) -> Bool {
            let slot = frame.memo + i * frame.columns + j
            if pairChildren[slot] != 0 { return false }
            pairChildren[slot] = 1
            return try intersects(edge(a, i).child, edge(b, j).child)
        }
        if try meets(frame.restA, frame.restB) { return true }
        return try !join(frame) { (_, i, j) throws(AlgebraError) -> Bool in try !meets(i, j) }
    }

    @inline(__always) private func variable(of ref: UInt32) -> UInt32 { node(ref).variable }

    /// A string node that tests one value: that value's element, its edge, and the other edge.
    struct SingleValue {
        var element: UInt32
        var named: Int
        var rest: Int
    }

    @inline(__always) func singleValue(_ ref: UInt32) -> SingleValue? {
        var code = node(ref).single
        if code == .max {
            code = singleValueCode(node(ref))
            nodes[Int(ref >> 1)].single = code
        }
        guard code != 0 else { return nil }
        let named = Int((code - 1) & 1)
        return SingleValue(element: (code - 1) >> 1, named: named, rest: 1 - named)
    }

    /// ``Node/single`` of a string node: the first edge with a finite label names the value
    /// when the node has two edges and that label one element.
    private func singleValueCode(_ n: Node) -> UInt32 {
        guard n.count == 2 else { return 0 }
        let labels = stringLabels
        let (a, b) = (labels.label(edges[Int(n.start)].label), labels.label(edges[Int(n.start) + 1].label))
        // (Two edges of a string node: one finite label and the co-finite one.)
        let (entry, k): (LabelTable<ByteString>.Label, UInt32) = !a.flag ? (a, 0) : (b, 1)
        guard !entry.flag, entry.count == 1 else { return 0 }
        return (labels.pool[Int(entry.start)] << 1 | k) + 1
    }

    /// ``andStrings(_:_:)`` of two nodes that test one value each.
    func andSingleValues(_ a: UInt32, _ x: SingleValue, _ b: UInt32, _ y: SingleValue) throws(AlgebraError) -> UInt32 {
        let rest = try and(edge(a, x.rest).child, edge(b, y.rest).child)
        let variable = variable(of: a)
        if x.element == y.element {
            let named = try and(edge(a, x.named).child, edge(b, y.named).child)
            if named == rest { return rest }
            return makeTwo(variable, Edge(label: edge(a, x.named).label, child: named), Edge(label: edge(a, x.rest).label, child: rest))
        }
        let onlyX = try and(edge(a, x.named).child, edge(b, y.rest).child)
        let onlyY = try and(edge(a, x.rest).child, edge(b, y.named).child)
        switch (onlyX == rest, onlyY == rest) {
        case (true, true):
            return rest
        case (false, true):
            return makeTwo(variable, Edge(label: edge(a, x.named).label, child: onlyX), Edge(label: edge(a, x.rest).label, child: rest))
        case (true, false):
            return makeTwo(variable, Edge(label: edge(b, y.named).label, child: onlyY), Edge(label: edge(b, y.rest).label, child: rest))
        case (false, false):
            let labels = stringLabels
            let (first, second) = labels.rank[Int(x.element)] < labels.rank[Int(y.element)] ? (x.element, y.element) : (y.element, x.element)
            if onlyX == onlyY {
                let both = labels.intern(flag: false, first, second)
                return makeTwo(variable, Edge(label: both, child: onlyX), Edge(label: labels.not(both), child: rest))
            }
            let base = scratch.count
            scratch.append(Edge(label: edge(a, x.named).label, child: onlyX))
            scratch.append(Edge(label: edge(b, y.named).label, child: onlyY))
            scratch.append(Edge(label: labels.intern(flag: true, first, second), child: rest))
            return make(variable, from: base)
        }
    }

    /// The values of two string nodes, gathered on `words`, and a memo per pair of edges on
    /// `pairChildren`.
    private struct Frame {
        var base: Int
        var middle: Int
        var end: Int
        var restA: Int
        var restB: Int
        var memo: Int
        var columns: Int
    }

    private func openFrame(_ a: UInt32, _ b: UInt32, unknown: UInt32) -> Frame {
        let base = words.count
        let restA = gatherNamed(a)
        let middle = words.count
        let restB = gatherNamed(b)
        let columns = Int(node(b).count)
        let memo = pairChildren.count
        pairChildren.append(repeating: unknown, count: Int(node(a).count) * columns)
        return Frame(base: base, middle: middle, end: words.count, restA: restA, restB: restB, memo: memo, columns: columns)
    }

    private func closeFrame(_ frame: Frame) {
        words.truncate(to: frame.base)
        pairChildren.truncate(to: frame.memo)
    }

    /// Visits each value either node names, in rank order, with its edge in a and in b (the
    /// co-finite edge where a node does not name it), until `visit` returns false; returns
    /// whether it never did.
    private func join(_ f: Frame, _ visit: (_ rank: UInt64, _ i: Int, _ j: Int) throws(AlgebraError) -> Bool) throws(AlgebraError) -> Bool {
        var x = f.base, y = f.middle
        while x < f.middle || y < f.end {
            let r: UInt64, i: Int, j: Int
            if y == f.end || (x < f.middle && words[x] >> 32 < words[y] >> 32) {
                (r, i, j) = (words[x] >> 32, Int(words[x] & 0xFFFF_FFFF), f.restB)
                x += 1
            } else if x == f.middle || words[y] >> 32 < words[x] >> 32 {
                (r, i, j) = (words[y] >> 32, f.restA, Int(words[y] & 0xFFFF_FFFF))
                y += 1
            } else {
                (r, i, j) = (words[x] >> 32, Int(words[x] & 0xFFFF_FFFF), Int(words[y] & 0xFFFF_FFFF))
                x += 1
                y += 1
            }
            if try !visit(r, i, j) { return false }
        }
        return true
    }

    /// Pushes `(rank, edge)` for every value named by the finite edges of the string node
    /// `ref`, sorted by rank, onto `words`; returns the co-finite edge.
    private func gatherNamed(_ ref: UInt32) -> Int {
        let labels = stringLabels
        let n = node(ref)
        let base = words.count
        var rest = 0
        var finiteEdges = 0
        for k in 0..<Int(n.count) {
            let entry = labels.label(edges[Int(n.start) + k].label)
            if entry.flag {
                rest = k
                continue
            }
            finiteEdges += 1
            for m in 0..<Int(entry.count) {
                let element = labels.pool[Int(entry.start) + m]
                words.append(UInt64(labels.rank[Int(element)]) << 32 | UInt64(k))
            }
        }
        // Each edge's values are sorted already; several edges are merged by sorting.
        if finiteEdges > 1 { words.sort(from: base) }
        return rest
    }
}
