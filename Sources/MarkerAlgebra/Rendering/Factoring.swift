/// Algebraic factoring of a sum of products (or, dually, a product of sums): the literal
/// shared by most terms is taken out, `(a and b) or (a and c)` → `a and (b or c)`.
///
/// The same steps either write the formula or only count its comparisons (``cost(_:dual:)``),
/// so that a candidate that cannot win is not written.
enum Factoring {
    struct Term {
        /// Each literal with its writing.
        var literals: [(key: Cube.Literal, formula: Formula)]
    }

    /// `dual == false`: the terms are `and`s joined by `or`; `true`: `or`s joined by `and`.
    static func factor(_ terms: [Term], dual: Bool) -> Formula {
        factor(terms, Writer(dual: dual))
    }

    /// The number of comparisons ``factor(_:dual:)`` writes.
    static func cost(_ terms: [Term], dual: Bool) -> Int {
        factor(terms, Counter(dual: dual)).cost
    }

    /// What the factoring builds from the literals' writings: `inner` joins the literals of
    /// a term (`and` in a sum of products), `outer` joins terms.
    private protocol Builder {
        associatedtype Part
        func literal(_ formula: Formula) -> Part
        func inner(_ parts: [Part]) -> Part
        func outer(_ parts: [Part]) -> Part
    }

    private struct Writer: Builder {
        let dual: Bool
        func literal(_ formula: Formula) -> Formula { formula }
        func inner(_ parts: [Formula]) -> Formula { dual ? Formula.any(Formula.sorted(parts)) : Formula.all(Formula.sorted(parts)) }
        func outer(_ parts: [Formula]) -> Formula { dual ? Formula.all(Formula.sorted(parts)) : Formula.any(Formula.sorted(parts)) }
    }

    /// Counts comparisons as ``Formula/all(_:)`` and ``Formula/any(_:)`` join them: a
    /// constant part decides or drops out, an empty join is a constant.
    private struct Counter: Builder {
        struct Part {
            var cost: Int
            var constant: Bool?
        }

        let dual: Bool
        func literal(_ formula: Formula) -> Part {
            if case .constant(let value) = formula.kind { return Part(cost: 0, constant: value) }
            return Part(cost: formula.cost, constant: nil)
        }
        func inner(_ parts: [Part]) -> Part { join(parts, and: !dual) }
        func outer(_ parts: [Part]) -> Part { join(parts, and: dual) }

        private func join(_ parts: [Part], and: Bool) -> Part {
            var cost = 0
            var any = false
            for part in parts {
                if let value = part.constant {
                    if value != and { return Part(cost: 0, constant: value) }
                    continue
                }
                cost += part.cost
                any = true
            }
            return any ? Part(cost: cost, constant: nil) : Part(cost: 0, constant: and)
        }
    }

    private static func factor<B: Builder>(_ terms: [Term], _ builder: B) -> B.Part {
        if terms.count == 1 { return builder.inner(terms[0].literals.map { builder.literal($0.formula) }) }
        // The literal in most terms (ties: the better writing; distinct literals read
        // differently, so the choice does not depend on the order they are met).
        var counts: [(key: Cube.Literal, count: Int, formula: Formula)] = []
        for term in terms {
            for literal in term.literals {
                if let k = counts.firstIndex(where: { $0.key == literal.key }) {
                    counts[k].count += 1
                } else {
                    counts.append((literal.key, 1, literal.formula))
                }
            }
        }
        let best = counts.filter { $0.count >= 2 }.min { a, b in
            if a.count != b.count { return a.count > b.count }
            return Formula.isBetter(a.formula, than: b.formula)
        }
        guard let best else {
            return builder.outer(terms.map { term in builder.inner(term.literals.map { builder.literal($0.formula) }) })
        }
        var with: [Term] = []
        var without: [Term] = []
        for term in terms {
            if term.literals.contains(where: { $0.key == best.key }) {
                with.append(Term(literals: term.literals.filter { $0.key != best.key }))
            } else {
                without.append(term)
            }
        }
        let factored = builder.inner([builder.literal(best.formula), factor(with, builder)])
        return without.isEmpty ? factored : builder.outer([factored, factor(without, builder)])
    }
}
