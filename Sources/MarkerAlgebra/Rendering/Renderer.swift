/// Writing a condition back as marker text.
///
/// The text is a function of the condition alone (never of the marker it was read from), so
/// it is canonical: equal conditions read the same, and rendering what was rendered gives
/// the same text. Four candidates are written and the one with the fewest comparisons
/// wins (then a sum of products over a product of sums, then the fewest characters, then
/// the earlier text):
///
/// 1. the diagram's own shape, each edge's label widened over the values whose branch
///    implies it, as an `or` of `and`s;
/// 2. the same for the complement, as an `and` of `or`s;
/// 3. an irredundant cover of prime implicants (a shortest-found DNF), factored;
/// 4. the same for the complement (a CNF), factored.
extension MarkerAlgebra {
    /// The condition as marker text: `""` when always true, `python_version < "0"` when
    /// always false, `python_version ~= "0"` when it always raises.
    ///
    /// - Throws: ``AlgebraError/Kind/notExpressible`` when marker syntax cannot say the
    ///   condition exactly (see ``AlgebraError/Kind/notExpressible``), or
    ///   ``AlgebraError/Kind/budgetExceeded``.
    public func render(_ condition: MarkerCondition) throws(AlgebraError) -> String {
        let key = UInt64(condition.value) << 32 | UInt64(condition.raises)
        if let known = renderings[key] { return try known.get() }
        begin("render")
        let result: Result<String, AlgebraError>
        do {
            result = .success(try write(condition).text)
        } catch {
            if error.kind == .budgetExceeded { throw error }
            result = .failure(error)
        }
        renderings[key] = result
        return try result.get()
    }

    /// The condition as a ``Formula``.
    func write(_ condition: MarkerCondition) throws(AlgebraError) -> Formula {
        if condition.raises == Ref.true { return .comparison(Formula.raisingText, rank: 0) }
        if condition.raises == Ref.false { return try writeValue(condition.value).orFalse }
        // Where a version variable's unparsable text raises, `~=` may be written, and a
        // `~=` on that variable makes a guard for it unnecessary.
        let raising = Set(support(condition.raises).filter { domains[Int($0)] == .version })
        compatibleVariables = raising
        labelTexts.removeAll()
        structuredTexts.removeAll()
        defer {
            compatibleVariables = []
            labelTexts.removeAll()
            structuredTexts.removeAll()
        }
        // Where the marker raises its value does not matter: the guards raise there.
        let care = try restrict(condition.value, not(condition.raises))
        var value = try writeValue(care)
        if value.isFalse { value = value.orFalse }
        value = Formula.all([value, try guards(condition.raises, text: value.text)])
        return value.orFalse
    }

    /// The best of the candidates for a diagram.
    func writeValue(_ f: UInt32) throws(AlgebraError) -> Formula {
        if f == Ref.true { return .constant(true) }
        if f == Ref.false { return .constant(false) }
        // One variable: its label says it all.
        let n = node(f)
        if n.count == 2, edge(f, 0).child <= 1, edge(f, 1).child <= 1 {
            let holds = edge(f, 0).child == Ref.true ? edge(f, 0) : edge(f, 1)
            if let written = writeLabel(n.variable, holds.label) { return written }
        }
        // Sums of products read more easily than products of sums: on a tie in comparisons,
        // they win.
        // A candidate is written only where it can still win: at most as many comparisons
        // as the best sum of products so far, fewer for a product of sums.
        var candidates: [(formula: Formula, product: Bool)] = []
        let shaped = try structured(f, dual: false)
        if let shaped { candidates.append((shaped, false)) }
        if let sum = try primeForm(f, dual: false, within: shaped?.cost ?? .max) { candidates.append((sum, false)) }
        // Every variable `f` depends on takes a comparison at least: a sum of products with
        // one comparison per variable cannot be beaten by a product of sums.
        let fewest = candidates.map(\.formula.cost).min() ?? .max
        if fewest > support(f).count {
            let dualShaped = try structured(not(f), dual: true)
            if let dualShaped { candidates.append((dualShaped, true)) }
            let bound = min(fewest == .max ? .max : fewest - 1, dualShaped?.cost ?? .max)
            if let product = try primeForm(not(f), dual: true, within: bound) { candidates.append((product, true)) }
        }
        let best = candidates.min { a, b in
            if a.formula.cost != b.formula.cost { return a.formula.cost < b.formula.cost }
            if a.product != b.product { return !a.product }
            return Formula.isBetter(a.formula, than: b.formula)
        }?.formula
        guard let best else {
            throw AlgebraError(
                kind: .notExpressible,
                message: "expected a condition marker syntax can state exactly, found one that needs a complement PEP 508 cannot write (such as `not (python_full_version > \"3.9\")`, which must include 3.9's post-releases)")
        }
        return best
    }

    /// Candidates 1 and 2: `f` in the diagram's shape. With `dual`, `f` is the complement
    /// of the condition and the result is the condition itself as an `and` of `or`s.
    func structured(_ f: UInt32, dual: Bool) throws(AlgebraError) -> Formula? {
        if f == Ref.true { return .constant(dual ? false : true) }
        if f == Ref.false { return .constant(dual ? true : false) }
        let key = UInt64(f) << 1 | (dual ? 1 : 0)
        if let known = structuredTexts[key] { return known }
        try step()
        let variable = node(f).variable
        let domain = domains[Int(variable)]
        let edges = edgeList(f)
        var terms: [Formula] = []
        var failed = false
        for e in edges where e.child != Ref.false {
            // The values whose branch contains this one's can join its literal.
            var may: UInt32 = 0
            for o in edges {
                var joins = o.child == e.child
                if !joins { joins = try !intersects(e.child, not(o.child)) }
                if joins { may = labelOr(domain, may, o.label) }
            }
            // Dually the literal says where the clause is already true: outside `may`.
            let literal = dual
                ? bestLiteral(variable, must: labelNot(domain, may), may: labelNot(domain, e.label))
                : bestLiteral(variable, must: e.label, may: may)
            guard let literal, let child = try structured(e.child, dual: dual) else {
                failed = true
                break
            }
            terms.append(dual ? Formula.any([literal.formula, child]) : Formula.all([literal.formula, child]))
        }
        let result: Formula? = failed ? nil : (dual ? Formula.all(Formula.sorted(terms)) : Formula.any(Formula.sorted(terms)))
        structuredTexts.set(key, result)
        return result
    }

    /// Candidates 3 and 4: a factored cover of the primes of `f` (with `dual`, of the
    /// complement, each literal negated: a product of sums); nil when it would take more
    /// than `bound` comparisons.
    func primeForm(_ f: UInt32, dual: Bool, within bound: Int) throws(AlgebraError) -> Formula? {
        guard let cubes = try primes(f) else { return nil }
        var written: [(cube: Cube, formula: Formula)] = []
        var literalTexts: [Cube.Literal: Formula] = [:]
        for cube in cubes {
            var parts: [Formula] = []
            for literal in cube.literals {
                let label = dual ? labelNot(domains[Int(literal.variable)], literal.label) : literal.label
                guard let text = writeLabel(literal.variable, label) else { return nil }
                literalTexts[literal] = text
                parts.append(text)
            }
            written.append((cube, dual ? Formula.any(parts) : Formula.all(parts)))
        }
        let kept = try cover(written, of: f)
        let terms = kept.map { entry in
            Factoring.Term(literals: entry.cube.literals.map { ($0, literalTexts[$0]!) })
        }
        if Factoring.cost(terms, dual: dual) > bound { return nil }
        return Factoring.factor(terms, dual: dual)
    }

    /// Comparisons that raise exactly where `raises` holds and are true elsewhere, for the
    /// sources of raising that `text` does not already contain: `raises` is a union of
    /// "this version variable's text does not parse" (any `~=` on the variable raises there)
    /// and "this comparison of unmodelled shape raises" (it raises itself, also where its
    /// variable's text does not parse).
    func guards(_ raises: UInt32, text: String) throws(AlgebraError) -> Formula {
        var parts: [Formula] = []
        var union = Ref.false
        var covered = Set<String>()
        let sources = support(raises)
        for variable in sources {
            guard case .raises(let name, let comparison) = variableKeys[Int(variable)] else { continue }
            union = try or(union, make(variable, [(3, Ref.true), (2, Ref.false)]))
            covered.insert(name)
            if text.contains(comparison) { continue }
            // The comparison raises or holds for some parsable value; `>= "0.dev0"` holds
            // for every version and is a String-rule `==` (false) otherwise.
            let r = rank[Int(variable)]
            parts.append(.or([.comparison(comparison, rank: r), .comparison("\(name) >= \"0.dev0\"", rank: r)]))
        }
        for variable in sources {
            guard case .version(let name) = variableKeys[Int(variable)] else { continue }
            union = try or(union, literal(variable, versionLabels.intern(.unparsable)))
            if covered.contains(name) || text.contains("\(name) ~= ") { continue }
            // Every version lies in [0.0.dev0, 1.dev0) or above 1.dev0; `~=` raises on text.
            let r = rank[Int(variable)]
            parts.append(.or([
                .comparison("\(name) ~= \"0.0.dev0\"", rank: r), .comparison("\(name) >= \"1.dev0\"", rank: r),
            ]))
        }
        guard union == raises else {
            throw AlgebraError(kind: .notExpressible, message: "expected the places where the marker raises to be spelled by its comparisons, found a combination that cannot be")
        }
        return Formula.all(parts)
    }
}
