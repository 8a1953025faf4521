/// The unique table, node construction and the operation cache.
extension MarkerAlgebra {
    // MARK: Variables

    /// The number of `key`, registering it in the variable order when it is new.
    func variable(_ key: VariableKey, positive: String = "", negative: String? = nil) -> UInt32 {
        if let known = variableIndex[key] { return known }
        let id = UInt32(variableKeys.count)
        variableKeys.append(key)
        variableTexts.append((positive, negative))
        domains.append(key.domain)
        variableIndex[key] = id
        // Insert into the order by binary search; ranks after it shift by one.
        var low = 0, high = ordered.count
        while low < high {
            let mid = (low + high) / 2
            if VariableKey.precedes(variableKeys[Int(ordered[mid])], key) { low = mid + 1 } else { high = mid }
        }
        ordered.insert(id, at: low)
        rank.append(0)
        for position in low..<ordered.count { rank[Int(ordered[position])] = UInt32(position) }
        return id
    }

    // MARK: Nodes

    @inline(__always) func isConstant(_ ref: UInt32) -> Bool { ref <= 1 }

    @inline(__always) func node(_ ref: UInt32) -> Node { nodes[Int(ref >> 1)] }

    /// The rank of the variable at `ref`'s root, `UInt32.max` for a constant.
    @inline(__always) func level(_ ref: UInt32) -> UInt32 {
        ref <= 1 ? .max : rank[Int(nodes[Int(ref >> 1)].variable)]
    }

    /// Edge `k` of `ref`'s root, with the complement of `ref` pushed to the child.
    @inline(__always) func edge(_ ref: UInt32, _ k: Int) -> Edge {
        let n = nodes[Int(ref >> 1)]
        var e = edges[Int(n.start) + k]
        e.child ^= ref & 1
        return e
    }

    /// The edges of `ref`'s root (complement applied).
    func edgeList(_ ref: UInt32) -> [Edge] {
        guard !isConstant(ref) else { return [] }
        let n = node(ref)
        return (0..<Int(n.count)).map { edge(ref, $0) }
    }

    /// Labels of a domain: intersection.
    @inline(__always) func labelAnd(_ domain: Domain, _ a: UInt32, _ b: UInt32) -> UInt32 {
        switch domain {
        case .boolean: return LabelMemo.trivial(a, b, and: true) ?? 0
        case .python: return pythonLabels.and(a, b)
        case .version: return versionLabels.and(a, b)
        case .string: return stringLabels.and(a, b)
        }
    }

    @inline(__always) func labelOr(_ domain: Domain, _ a: UInt32, _ b: UInt32) -> UInt32 {
        switch domain {
        case .boolean: return LabelMemo.trivial(a, b, and: false) ?? 1
        case .python: return pythonLabels.or(a, b)
        case .version: return versionLabels.or(a, b)
        case .string: return stringLabels.or(a, b)
        }
    }

    func labelNot(_ domain: Domain, _ a: UInt32) -> UInt32 {
        switch domain {
        case .boolean: return a <= 1 ? 1 - a : 5 - a
        case .python: return pythonLabels.not(a)
        case .version: return versionLabels.not(a)
        case .string: return stringLabels.not(a)
        }
    }

    /// Builds the node for `variable` from the edges pushed on `scratch` since `base` (labels
    /// disjoint, covering the domain, none empty) and pops them. Edges to the same child are
    /// merged; a node with one edge is its child; the first edge's child is kept regular so
    /// that each function has one form.
    func make(_ variable: UInt32, from base: Int) -> UInt32 {
        if scratch.count - base == 2 {
            let (first, second) = (scratch[base], scratch[base + 1])
            scratch.truncate(to: base)
            return makeTwo(variable, first, second)
        }
        let domain = domains[Int(variable)]
        var end = base
        for i in base..<scratch.count {
            let e = scratch[i]
            var merged = false
            for j in base..<end where scratch[j].child == e.child {
                scratch[j].label = labelOr(domain, scratch[j].label, e.label)
                merged = true
                break
            }
            if !merged {
                scratch[end] = e
                end += 1
            }
        }
        scratch.truncate(to: end)
        if end - base == 1 {
            let child = scratch[base].child
            scratch.truncate(to: base)
            return child
        }
        // Sort by label (insertion sort: nodes have few edges).
        if end - base > 1 {
            for i in (base + 1)..<end {
                let e = scratch[i]
                var j = i
                while j > base && scratch[j - 1].label > e.label {
                    scratch[j] = scratch[j - 1]
                    j -= 1
                }
                scratch[j] = e
            }
        }
        let complemented = scratch[base].child & 1
        if complemented == 1 {
            for i in base..<end { scratch[i].child ^= 1 }
        }
        let index = lookupOrInsert(variable, base, end)
        scratch.truncate(to: base)
        return index << 1 | complemented
    }

    /// ``make(_:from:)`` of two edges, the most common node (one value or range, and the
    /// rest): two edges to one child cover the domain, so the node is that child.
    @inline(__always) func makeTwo(_ variable: UInt32, _ first: Edge, _ second: Edge) -> UInt32 {
        if first.child == second.child { return first.child }
        var (first, second) = (first, second)
        if first.label > second.label { swap(&first, &second) }
        let complemented = first.child & 1
        first.child ^= complemented
        second.child ^= complemented
        return lookupOrInsertTwo(variable, first, second) << 1 | complemented
    }

    /// ``lookupOrInsert(_:_:_:)`` of a node of two edges, given as values (the hash is
    /// ``hash(_:_:_:_:)`` written out for two edges: the table is grown with that one).
    private func lookupOrInsertTwo(_ variable: UInt32, _ first: Edge, _ second: Edge) -> UInt32 {
        var h = UInt64(variable) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ (UInt64(first.label) << 32 | UInt64(first.child))) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = (h ^ (UInt64(second.label) << 32 | UInt64(second.child))) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let index = slots[slot]
            if index == 0 { break }
            let n = nodes[Int(index)]
            if n.variable == variable && n.count == 2 && edges[Int(n.start)] == first && edges[Int(n.start) + 1] == second {
                return index
            }
            slot = (slot + 1) & mask
        }
        let index = UInt32(nodes.count)
        nodes.append(Node(variable: variable, start: UInt32(edges.count), count: 2))
        edges.append(first)
        edges.append(second)
        slots[slot] = index
        if nodes.count * 2 > slots.count { growSlots() }
        return index
    }

    private func hash(_ variable: UInt32, _ base: Int, _ end: Int) -> Int {
        Self.hash(variable, scratch, base, end)
    }

    /// The hash of a node: its variable and its edges `buffer[base..<end]`.
    private static func hash(_ variable: UInt32, _ buffer: ArenaBuffer<Edge>, _ base: Int, _ end: Int) -> Int {
        var h = UInt64(variable) &* 0x9E37_79B9_7F4A_7C15
        for i in base..<end {
            let e = buffer[i]
            h = (h ^ (UInt64(e.label) << 32 | UInt64(e.child))) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 33
        }
        return Int(truncatingIfNeeded: h)
    }

    private func lookupOrInsert(_ variable: UInt32, _ base: Int, _ end: Int) -> UInt32 {
        let count = end - base
        let mask = slots.count - 1
        var slot = hash(variable, base, end) & mask
        while true {
            let index = slots[slot]
            if index == 0 { break }
            let n = nodes[Int(index)]
            if n.variable == variable && Int(n.count) == count {
                var same = true
                for k in 0..<count where edges[Int(n.start) + k] != scratch[base + k] {
                    same = false
                    break
                }
                if same { return index }
            }
            slot = (slot + 1) & mask
        }
        let index = UInt32(nodes.count)
        nodes.append(Node(variable: variable, start: UInt32(edges.count), count: UInt32(count)))
        // (Element by element: nodes have few edges, a block copy costs more.)
        for k in base..<end { edges.append(scratch[k]) }
        slots[slot] = index
        if nodes.count * 2 > slots.count { growSlots() }
        return index
    }

    private func growSlots() {
        // Node 0 (the terminal) is not in the table; slots hold node numbers.
        let grown = ArenaBuffer<UInt32>.hashTable(size: slots.count * 2, entries: 0..<(nodes.count - 1)) { entry in
            let n = nodes[entry + 1]
            return Self.hash(n.variable, edges, Int(n.start), Int(n.start + n.count))
        }
        slots.free()
        slots = grown
        if cache.count < nodes.count && cache.count < 1 << 20 {
            let larger = ArenaBuffer<CacheEntry>(repeating: CacheEntry(), count: cache.count * 4)
            cache.free()
            cache = larger
        }
    }

    /// The node for one variable with `labels[i] → children[i]`.
    func make(_ variable: UInt32, _ pairs: [(label: UInt32, child: UInt32)]) -> UInt32 {
        let base = scratch.count
        for (label, child) in pairs where label != 0 { scratch.append(Edge(label: label, child: child)) }
        return make(variable, from: base)
    }

    /// `key ∈ label` as a diagram.
    func literal(_ variable: UInt32, _ label: UInt32) -> UInt32 {
        let domain = domains[Int(variable)]
        if label == 0 { return Ref.false }
        if label == 1 { return Ref.true }
        return make(variable, [(label, Ref.true), (labelNot(domain, label), Ref.false)])
    }

    // MARK: Operation cache and budget

    enum Operation: UInt32 {
        case and = 1
        case intersects = 2
        case restrict = 3
        case exists = 4
    }

    @inline(__always) func cacheSlot(_ op: Operation, _ a: UInt32, _ b: UInt32) -> Int {
        var h = (UInt64(a) << 32 | UInt64(b)) &* 0x9E37_79B9_7F4A_7C15
        h ^= UInt64(op.rawValue) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & (cache.count - 1)
    }

    @inline(__always) func cached(_ op: Operation, _ a: UInt32, _ b: UInt32) -> UInt32? {
        cached(op, a, b, at: cacheSlot(op, a, b))
    }

    @inline(__always) func cached(_ op: Operation, _ a: UInt32, _ b: UInt32, at slot: Int) -> UInt32? {
        let e = cache[slot]
        return e.op == op.rawValue && e.a == a && e.b == b ? e.result : nil
    }

    @inline(__always) func remember(_ op: Operation, _ a: UInt32, _ b: UInt32, _ result: UInt32) {
        cache[cacheSlot(op, a, b)] = CacheEntry(a: a, b: b, op: op.rawValue, result: result)
    }

    /// `remember` at the slot `cached` looked at in a cache of `size` entries, unless the
    /// cache has grown since.
    @inline(__always) func remember(_ op: Operation, _ a: UInt32, _ b: UInt32, _ result: UInt32, at slot: Int, size: Int) {
        let entry = CacheEntry(a: a, b: b, op: op.rawValue, result: result)
        cache[cache.count == size ? slot : cacheSlot(op, a, b)] = entry
    }

    /// Starts a public operation: a fresh budget.
    func begin(_ name: StaticString) {
        earlierSteps += operationBudget - max(stepsLeft, 0)
        operationBudget = options.budget
        stepsLeft = options.budget
        operationName = name
    }

    @inline(__always) func step() throws(AlgebraError) {
        stepsLeft -= 1
        if stepsLeft < 0 {
            scratch.truncate(to: 0)
            words.truncate(to: 0)
            pairChildren.truncate(to: 0)
            throw AlgebraError(
                kind: .budgetExceeded,
                message: "expected `\(operationName)` to finish within \(options.budget) steps, found it needs more")
        }
    }
}
