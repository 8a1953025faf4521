/// A marker being written: comparisons joined by `and` and `or`.
///
/// `key` orders operands (see ``Formula/sorted``): the variable order first, then the text.
indirect enum Formula: Hashable {
    case comparison(String, rank: UInt32)
    case and([Formula])
    case or([Formula])
    case constant(Bool)

    /// The formula, with `false` spelled as a comparison.
    var orFalse: Formula {
        if case .constant(false) = self { return .comparison(Formula.falseText, rank: 0) }
        return self
    }

    /// Comparisons written.
    var cost: Int {
        switch self {
        case .comparison: 1
        case .and(let parts), .or(let parts): parts.reduce(0) { $0 + $1.cost }
        case .constant: 0
        }
    }

    /// The smallest variable rank the formula tests.
    var rank: UInt32 {
        switch self {
        case .comparison(_, let rank): rank
        case .and(let parts), .or(let parts): parts.map(\.rank).min() ?? .max
        case .constant: .max
        }
    }

    /// The marker text: `and` groups inside `or` are parenthesised for the reader, `or`
    /// groups inside `and` because they must be.
    var text: String {
        var out = ""
        write(into: &out, inside: nil)
        return out
    }

    private enum Parent { case and, or }

    private func write(into out: inout String, inside parent: Parent?) {
        switch self {
        case .comparison(let text, _):
            out += text
        case .constant(let value):
            out += value ? "" : Formula.falseText
        case .and(let parts):
            let wrap = parent == .or
            if wrap { out += "(" }
            for (i, part) in parts.enumerated() {
                if i > 0 { out += " and " }
                part.write(into: &out, inside: .and)
            }
            if wrap { out += ")" }
        case .or(let parts):
            let wrap = parent == .and
            if wrap { out += "(" }
            for (i, part) in parts.enumerated() {
                if i > 0 { out += " or " }
                part.write(into: &out, inside: .or)
            }
            if wrap { out += ")" }
        }
    }

    /// The marker that is false in every environment (SPEC.md §2.2: `<0` is `< 0.dev0`,
    /// below every version, and a String-rule `<` is false too).
    static let falseText = "python_version < \"0\""
    /// The marker that raises in every environment: `~=` needs two release numbers, so
    /// `~=0` is not a specifier and the String rules make `~=` an `undefined-comparison`.
    static let raisingText = "python_version ~= \"0\""

    /// `a and b`, flattening nested `and`s and dropping `true`.
    static func all(_ parts: [Formula]) -> Formula {
        var flat: [Formula] = []
        for part in parts {
            switch part {
            case .constant(true): continue
            case .constant(false): return .constant(false)
            case .and(let inner): flat += inner
            default: flat.append(part)
            }
        }
        if flat.isEmpty { return .constant(true) }
        return flat.count == 1 ? flat[0] : .and(flat)
    }

    /// `a or b`, flattening nested `or`s and dropping `false`.
    static func any(_ parts: [Formula]) -> Formula {
        var flat: [Formula] = []
        for part in parts {
            switch part {
            case .constant(false): continue
            case .constant(true): return .constant(true)
            case .or(let inner): flat += inner
            default: flat.append(part)
            }
        }
        if flat.isEmpty { return .constant(false) }
        return flat.count == 1 ? flat[0] : .or(flat)
    }

    /// Operands in the documented order: by the first variable they test (in the algebra's
    /// variable order), then by text. Operands keep their own inner order.
    static func sorted(_ parts: [Formula]) -> [Formula] {
        parts.map { ($0, $0.rank, $0.text) }.sorted { a, b in
            a.1 != b.1 ? a.1 < b.1 : a.2.utf8.lexicographicallyPrecedes(b.2.utf8)
        }.map(\.0)
    }

    /// Better means fewer comparisons, then fewer characters, then earlier text.
    static func isBetter(_ a: Formula, than b: Formula) -> Bool {
        let (ca, cb) = (a.cost, b.cost)
        if ca != cb { return ca < cb }
        let (ta, tb) = (a.text, b.text)
        if ta.utf8.count != tb.utf8.count { return ta.utf8.count < tb.utf8.count }
        return ta.utf8.lexicographicallyPrecedes(tb.utf8)
    }
}
