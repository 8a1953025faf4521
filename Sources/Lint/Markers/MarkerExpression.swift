/// A marker as the lint rules look at it: and/or of comparisons, each side a variable or
/// a literal, with spans in Unicode scalar offsets of the requirement string.
///
/// The PEP508 module decides whether a marker is valid; this view exists because the
/// rules need to point at one comparison (`os_name > "a"`) and to reason about
/// markers that PEP508 accepts but that cannot behave as written.
indirect enum MarkerExpression: Sendable {
    case comparison(MarkerComparison)
    case and([MarkerExpression])
    case or([MarkerExpression])

    /// Every comparison, left to right.
    var comparisons: [MarkerComparison] {
        switch self {
        case .comparison(let comparison): [comparison]
        case .and(let items), .or(let items): items.flatMap(\.comparisons)
        }
    }

    /// Three-valued evaluation: `nil` when a comparison cannot be decided.
    func evaluate(_ decide: (MarkerComparison) -> Bool?) -> Bool? {
        switch self {
        case .comparison(let comparison):
            return decide(comparison)
        case .and(let items):
            var unknown = false
            for item in items {
                switch item.evaluate(decide) {
                case false?: return false
                case nil: unknown = true
                case true?: break
                }
            }
            return unknown ? nil : true
        case .or(let items):
            var unknown = false
            for item in items {
                switch item.evaluate(decide) {
                case true?: return true
                case nil: unknown = true
                case false?: break
                }
            }
            return unknown ? nil : false
        }
    }
}

/// One `lhs op rhs` of a marker.
struct MarkerComparison: Sendable {
    enum Operand: Sendable, Equatable {
        case variable(String)
        case literal(String)
    }

    var lhs: Operand
    var lhsSpan: Range<Int>
    var op: String
    var opSpan: Range<Int>
    var rhs: Operand
    var rhsSpan: Range<Int>

    var span: Range<Int> { lhsSpan.lowerBound..<rhsSpan.upperBound }

    /// The variable and the literal, when the comparison has exactly one of each, and
    /// whether the variable is on the left.
    var variableAndLiteral: (variable: String, literal: String, variableFirst: Bool)? {
        switch (lhs, rhs) {
        case (.variable(let name), .literal(let value)): (name, value, true)
        case (.literal(let value), .variable(let name)): (name, value, false)
        default: nil
        }
    }
}
