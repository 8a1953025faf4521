import PEP508

/// What the marker rules need from PEP508's tree beyond evaluation in a full
/// environment: the comparisons in order, and evaluation in a partly known one.
extension MarkerTree {
    /// Every comparison, left to right.
    var comparisons: [MarkerComparison] {
        var out: [MarkerComparison] = []
        collect(into: &out)
        return out
    }

    private func collect(into out: inout [MarkerComparison]) {
        switch self {
        case .comparison(let comparison): out.append(comparison)
        case .group(let terms, _): for term in terms { term.collect(into: &out) }
        }
    }

    /// Three-valued evaluation: `nil` when a comparison it depends on is undecided.
    /// `and` binds tighter than `or`, as in PEP 508.
    func evaluate(_ decide: (MarkerComparison) -> Bool?) -> Bool? {
        switch self {
        case .comparison(let comparison):
            return decide(comparison)
        case .group(let terms, let connectives):
            var anyUnknown = false
            var index = 0
            while index < terms.count {
                // One run of `and`-joined terms.
                var run: Bool? = true
                repeat {
                    switch (run, terms[index].evaluate(decide)) {
                    case (_, false?): run = false
                    case (true?, nil): run = nil
                    default: break
                    }
                    index += 1
                } while index < terms.count && connectives[index - 1] == .and
                if run == true { return true }
                if run == nil { anyUnknown = true }
            }
            return anyUnknown ? nil : false
        }
    }
}

extension MarkerComparison {
    /// The variable and the literal, when the comparison has exactly one of each, and
    /// whether the variable is on the left.
    var variableAndLiteral: (variable: MarkerVariable, literal: String, variableFirst: Bool)? {
        switch (lhs, rhs) {
        case (.variable(let variable), .literal(let value)): (variable, value, true)
        case (.literal(let value), .variable(let variable)): (variable, value, false)
        default: nil
        }
    }

    /// Whether an operator orders its operands (`<`, `<=`, `>`, `>=`, `~=`).
    var isOrdering: Bool {
        switch op {
        case .lessThan, .lessThanOrEqual, .greaterThan, .greaterThanOrEqual, .compatible: true
        default: false
        }
    }
}
