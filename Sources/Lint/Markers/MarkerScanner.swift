/// Reads the marker part of a requirement string into a ``MarkerExpression``.
///
/// It accepts the PEP 508 grammar plus the legacy dotted names (`os.name`) so that
/// the rules can comment on them; anything else gives `nil` and is left to PEP508's
/// own error. Nesting is limited to 64 parentheses.
struct MarkerScanner {
    private let scalars: [Unicode.Scalar]
    private var index: Int
    private var depth = 0

    private init(scalars: [Unicode.Scalar], start: Int) {
        self.scalars = scalars
        self.index = start
    }

    /// The marker of `requirement`, or `nil` when there is none or it does not scan.
    static func marker(ofRequirement requirement: String) -> MarkerExpression? {
        let scalars = Array(requirement.unicodeScalars)
        guard let start = markerStart(scalars) else { return nil }
        var scanner = MarkerScanner(scalars: scalars, start: start)
        guard let expression = scanner.parseOr() else { return nil }
        scanner.skipSpace()
        return scanner.index == scalars.count ? expression : nil
    }

    /// The scalar just after the `;` that starts the marker. In a URL requirement the
    /// URL may itself contain `;`, so the search starts after the URL (which ends at
    /// whitespace, as PEP 508 requires before the `;`).
    private static func markerStart(_ scalars: [Unicode.Scalar]) -> Int? {
        var i = 0
        if let at = scalars.firstIndex(of: "@"), scalars[..<at].firstIndex(of: ";") == nil {
            i = at + 1
            while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            while i < scalars.count, scalars[i] != " " && scalars[i] != "\t" { i += 1 }
        }
        while i < scalars.count {
            if scalars[i] == ";" { return i + 1 }
            i += 1
        }
        return nil
    }

    private mutating func skipSpace() {
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
    }

    private mutating func keyword(_ word: String) -> Bool {
        skipSpace()
        let word = Array(word.unicodeScalars)
        guard index + word.count <= scalars.count, Array(scalars[index..<index + word.count]) == word else {
            return false
        }
        let after = index + word.count
        if after < scalars.count, isNameScalar(scalars[after]) { return false }
        index = after
        return true
    }

    private mutating func parseOr() -> MarkerExpression? {
        guard let first = parseAnd() else { return nil }
        var items = [first]
        while keyword("or") {
            guard let next = parseAnd() else { return nil }
            items.append(next)
        }
        return items.count == 1 ? first : .or(items)
    }

    private mutating func parseAnd() -> MarkerExpression? {
        guard let first = parseAtom() else { return nil }
        var items = [first]
        while keyword("and") {
            guard let next = parseAtom() else { return nil }
            items.append(next)
        }
        return items.count == 1 ? first : .and(items)
    }

    private mutating func parseAtom() -> MarkerExpression? {
        skipSpace()
        guard index < scalars.count else { return nil }
        if scalars[index] == "(" {
            guard depth < 64 else { return nil }
            depth += 1
            index += 1
            guard let inner = parseOr() else { return nil }
            skipSpace()
            guard index < scalars.count, scalars[index] == ")" else { return nil }
            index += 1
            depth -= 1
            return inner
        }
        guard let (lhs, lhsSpan) = parseOperand() else { return nil }
        skipSpace()
        guard let (op, opSpan) = parseOperator() else { return nil }
        guard let (rhs, rhsSpan) = parseOperand() else { return nil }
        return .comparison(MarkerComparison(lhs: lhs, lhsSpan: lhsSpan, op: op, opSpan: opSpan, rhs: rhs, rhsSpan: rhsSpan))
    }

    private mutating func parseOperand() -> (MarkerComparison.Operand, Range<Int>)? {
        skipSpace()
        guard index < scalars.count else { return nil }
        let start = index
        let quote = scalars[index]
        if quote == "'" || quote == "\"" {
            index += 1
            var value = String.UnicodeScalarView()
            while index < scalars.count, scalars[index] != quote {
                value.append(scalars[index])
                index += 1
            }
            guard index < scalars.count else { return nil }
            index += 1
            return (.literal(String(value)), start..<index)
        }
        while index < scalars.count, isNameScalar(scalars[index]) || scalars[index] == "." { index += 1 }
        guard index > start else { return nil }
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[start..<index])
        return (.variable(String(name)), start..<index)
    }

    private mutating func parseOperator() -> (String, Range<Int>)? {
        let start = index
        if keyword("in") { return ("in", start..<index) }
        if keyword("not") {
            guard keyword("in") else { return nil }
            return ("not in", start..<index)
        }
        for op in ["===", "==", "!=", "<=", ">=", "~=", "<", ">"] {
            let symbols = Array(op.unicodeScalars)
            if index + symbols.count <= scalars.count, Array(scalars[index..<index + symbols.count]) == symbols {
                index += symbols.count
                return (op, start..<index)
            }
        }
        return nil
    }

    private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) || scalar == "_"
    }
}
