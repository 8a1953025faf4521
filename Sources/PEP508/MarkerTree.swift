/// The syntax tree of a marker, shaped like the source: a group is a sequence of terms
/// joined by `and`/`or` as written (with `and` binding tighter when evaluated), and a
/// parenthesised expression is a nested group. Keeping the written shape lets
/// ``Marker/description`` match pypa/packaging's `str(Marker)` exactly.
public indirect enum MarkerTree: Hashable, Sendable {
    case comparison(MarkerComparison)
    /// `terms[0] connectives[0] terms[1] …`; `connectives.count == terms.count - 1`.
    /// (In a tree built by hand a missing connective reads as `and`, extra ones are ignored.)
    case group([MarkerTree], [MarkerConnective])
}

extension MarkerTree: CustomStringConvertible {
    /// pypa/packaging's `_format_marker`: a group of one term is unwrapped, a nested group
    /// of several terms is parenthesised, the outermost is not.
    public var description: String {
        var out = ""
        format(into: &out, outermost: true)
        return out
    }

    func format(into out: inout String, outermost: Bool) {
        switch self {
        case .comparison(let comparison):
            out += comparison.lhs.description
            out += " "
            out += comparison.op.rawValue
            out += " "
            out += comparison.rhs.description
        case .group(let terms, let connectives):
            if terms.count == 1 {
                terms[0].format(into: &out, outermost: outermost)
                return
            }
            if !outermost { out += "(" }
            for (index, term) in terms.enumerated() {
                if index > 0 {
                    out += " "
                    out += index - 1 < connectives.count ? connectives[index - 1].rawValue : "and"
                    out += " "
                }
                term.format(into: &out, outermost: false)
            }
            if !outermost { out += ")" }
        }
    }
}
