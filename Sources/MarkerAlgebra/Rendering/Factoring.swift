/// Algebraic factoring of a sum of products (or, dually, a product of sums): the literal
/// shared by most terms is taken out, `(a and b) or (a and c)` → `a and (b or c)`.
enum Factoring {
    struct Term {
        /// Each literal with its writing.
        var literals: [(key: Cube.Literal, formula: Formula)]
    }

    /// `dual == false`: the terms are `and`s joined by `or`; `true`: `or`s joined by `and`.
    static func factor(_ terms: [Term], dual: Bool) -> Formula {
        let inner: ([Formula]) -> Formula = { parts in dual ? Formula.any(Formula.sorted(parts)) : Formula.all(Formula.sorted(parts)) }
        let outer: ([Formula]) -> Formula = { parts in dual ? Formula.all(Formula.sorted(parts)) : Formula.any(Formula.sorted(parts)) }
        if terms.count == 1 { return inner(terms[0].literals.map(\.formula)) }
        // The literal in most terms (ties: the earlier variable, then the shorter text).
        var counts: [Cube.Literal: (count: Int, formula: Formula)] = [:]
        for term in terms {
            for literal in term.literals { counts[literal.key, default: (0, literal.formula)].count += 1 }
        }
        let best = counts.filter { $0.value.count >= 2 }.min { a, b in
            if a.value.count != b.value.count { return a.value.count > b.value.count }
            return Formula.isBetter(a.value.formula, than: b.value.formula)
        }
        guard let (key, shared) = best else {
            return outer(terms.map { inner($0.literals.map(\.formula)) })
        }
        var with: [Term] = []
        var without: [Term] = []
        for term in terms {
            if term.literals.contains(where: { $0.key == key }) {
                with.append(Term(literals: term.literals.filter { $0.key != key }))
            } else {
                without.append(term)
            }
        }
        let factored = inner([shared.formula, factor(with, dual: dual)])
        return without.isEmpty ? factored : outer([factored, factor(without, dual: dual)])
    }
}
