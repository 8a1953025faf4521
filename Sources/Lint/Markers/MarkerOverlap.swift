import PEP508

/// Whether two markers can both be true (PC302 asks it of requirements whose ranges
/// conflict): they are tried on every combination of the values their comparisons name,
/// plus "something else", with unknown counting as possible.
///
/// The combinations multiply with the variables, so each test is capped at 4,096
/// environments and each document at ``documentBudget`` comparisons decided; past either
/// the markers are taken to overlap, as an undecided comparison is.
enum MarkerOverlap {
    /// Comparisons decided per document before every further pair is taken to overlap:
    /// some tens of milliseconds of work.
    static let documentBudget = 2_000_000

    static let environmentLimit = 4096

    /// Whether `a` and `b` can both be true, charging the comparisons it decides to `budget`.
    static func canOverlap(_ a: MarkerTree?, _ b: MarkerTree?, budget: inout Int) -> Bool {
        guard let a, let b else { return true }
        let comparisons = a.comparisons + b.comparisons
        var values: [String: Set<String>] = [:]
        for comparison in comparisons {
            guard let (variable, literal, _) = comparison.variableAndLiteral else { continue }
            if variable.type == .version {
                // Versions: the literal and its neighbours decide every ordering comparison.
                values[variable.name, default: []].formUnion([literal, lowered(literal), literal + ".1"].compactMap { $0 })
            } else {
                values[variable.name, default: ["\u{1}other"]].insert(literal)
            }
        }
        var count = 1
        for options in values.values {
            count *= options.count
            if count > environmentLimit { return true }
        }
        guard count * comparisons.count <= budget else {
            budget = 0
            return true
        }
        budget -= count * comparisons.count
        var environments: [[String: String]] = [[:]]
        for (variable, options) in values.sorted(by: { $0.key < $1.key }) {
            environments = environments.flatMap { env in options.map { env.merging([variable: $0]) { $1 } } }
        }
        for values in environments {
            let decider = MarkerDecider(values: values)
            if a.evaluate(decider.decide) != false && b.evaluate(decider.decide) != false { return true }
        }
        return false
    }

    // A version just below a literal one, so `< "3.8"` has a witness.
    private static func lowered(_ literal: String) -> String? {
        var parts = literal.split(separator: ".").compactMap { Int($0) }
        guard !parts.isEmpty, parts.count == literal.split(separator: ".").count else { return nil }
        if parts[parts.count - 1] > 0 { parts[parts.count - 1] -= 1 } else if parts.count > 1 && parts[0] > 0 { parts[0] -= 1 } else { return nil }
        return parts.map(String.init).joined(separator: ".")
    }
}
