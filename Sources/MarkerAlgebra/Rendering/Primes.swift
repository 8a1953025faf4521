/// Prime implicants and an irredundant cover of them: the sum-of-products candidate.
struct Cube: Hashable {
    /// `(variable, label)` pairs in variable order; variables not listed are free.
    var literals: [Literal]

    struct Literal: Hashable {
        var variable: UInt32
        var label: UInt32
    }
}

extension MarkerAlgebra {
    /// Most edges a node may have for its primes to be enumerated (subsets of edges are).
    static let primeEdgeLimit = 8
    /// Most primes kept per node before the candidate is given up.
    static let primeLimit = 96

    /// The prime implicants of `f`, or nil when there are too many to consider.
    ///
    /// A prime of `f = Σ (v ∈ L_i) · c_i` is `(v ∈ ∪_{i∈I} L_i) · p` for a set of edges I and
    /// a prime p of `∏_{i∈I} c_i` whose own edge set (the children it implies) is exactly I.
    func primes(_ f: UInt32) throws(AlgebraError) -> [Cube]? {
        if f == Ref.false { return [] }
        if f == Ref.true { return [Cube(literals: [])] }
        if let known = primeCache[UInt64(f)] { return known }
        let variable = node(f).variable
        let domain = domains[Int(variable)]
        let all = edgeList(f).filter { $0.child != Ref.false }
        guard edgeList(f).count <= Self.primeEdgeLimit else {
            primeCache.set(UInt64(f), nil)
            return nil
        }
        var result: [Cube] = []
        for mask in 1..<(1 << all.count) {
            var g = Ref.true
            var label: UInt32 = 0
            for (i, e) in all.enumerated() where mask & (1 << i) != 0 {
                g = try and(g, e.child)
                label = labelOr(domain, label, e.label)
            }
            if g == Ref.false { continue }
            guard let inner = try primes(g) else {
                primeCache.set(UInt64(f), nil)
                return nil
            }
            for p in inner {
                let diagram = try cubeDiagram(p)
                var closure = 0
                for (j, e) in all.enumerated() where try !intersects(diagram, not(e.child)) { closure |= 1 << j }
                guard closure == mask else { continue }
                result.append(label == 1 ? p : Cube(literals: [Cube.Literal(variable: variable, label: label)] + p.literals))
                if result.count > Self.primeLimit {
                    primeCache.set(UInt64(f), nil)
                    return nil
                }
            }
        }
        primeCache.set(UInt64(f), result)
        return result
    }

    func cubeDiagram(_ cube: Cube) throws(AlgebraError) -> UInt32 {
        var d = Ref.true
        for literal in cube.literals.reversed() { d = try and(d, self.literal(literal.variable, literal.label)) }
        return d
    }

    /// An irredundant subset of `primes` whose union is `f`: the costliest primes go first
    /// while the others still cover `f`.
    func cover(_ primes: [(cube: Cube, formula: Formula)], of f: UInt32) throws(AlgebraError) -> [(cube: Cube, formula: Formula)] {
        var kept = primes.sorted { Formula.isBetter($1.formula, than: $0.formula) }
        var diagrams = try kept.map { (p) throws(AlgebraError) -> UInt32 in try cubeDiagram(p.cube) }
        var i = 0
        while i < kept.count {
            var others = Ref.false
            for j in kept.indices where j != i { others = try or(others, diagrams[j]) }
            if try !intersects(diagrams[i], not(others)) {
                kept.remove(at: i)
                diagrams.remove(at: i)
            } else {
                i += 1
            }
        }
        _ = f
        return kept
    }
}
