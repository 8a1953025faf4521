import PEP508

/// What the marker rules need from PEP508's tree: the comparisons in order.
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
