import PEP440

/// Recursive descent over `Grammar/dependency-specifiers.ebnf`: one method per production,
/// each carrying its production. `wsp` is space or tab.
struct Parser {
    /// Parentheses deeper than this are a parse error, so recursion stays bounded.
    static let maximumNesting = 64

    var cursor: Cursor
    let variables: MarkerVariables
    var depth = 0
    var offsets: ScalarOffsets
    /// The marker being built (by ``parseMarker()`` and below).
    var marker = MarkerProgram()

    init(_ bytes: UnsafeBufferPointer<UInt8>, variables: MarkerVariables, isMarker: Bool) {
        cursor = Cursor(bytes, isMarker: isMarker)
        self.variables = variables
        offsets = ScalarOffsets(bytes)
    }

    // MARK: Requirements

    /// ```
    /// specification = wsp* ( url_req | name_req ) wsp* END
    /// name_req      = name wsp* extras? wsp* versionspec? wsp* quoted_marker?
    /// url_req       = name wsp* extras? wsp* urlspec ( wsp+ quoted_marker? )?
    /// ```
    mutating func parseSpecification() throws(ParseError) -> Requirement {
        cursor.skipWhitespace()
        let name = try parseName()
        cursor.skipWhitespace()
        var extras: [String] = []
        // What may follow what was read so far; a message only when it is needed.
        var expected = Trailing.afterName
        if cursor.current == 0x5B {  // [
            extras = try parseExtras()
            cursor.skipWhitespace()
            expected = .afterExtras
        }
        var specifier = SpecifierSet()
        var url: String?
        var marker: Marker?
        let c = cursor.current
        if c == 0x40 {  // @
            let text = try parseUrlspec()
            let endsInSemicolon = text.utf8.last == 0x3B
            url = text
            if !cursor.isAtEnd {
                cursor.skipWhitespace()  // the URL ran up to whitespace
                if cursor.current == 0x3B {
                    marker = Marker(program: try parseQuotedMarker())
                    expected = .afterMarker
                } else if !cursor.isAtEnd {
                    var message = "`;` or end of input after the URL and whitespace"
                    if endsInSemicolon {
                        message += " (the `;` written right after the URL is part of the URL: put whitespace before it)"
                    }
                    throw cursor.unexpected(message)
                }
            }
        } else {
            if c == 0x28 || cursor.operatorLength(at: cursor.position) > 0 || c == 0x3D || c == 0x21 || c == 0x7E {
                specifier = try parseVersionspec()
                cursor.skipWhitespace()
                expected = .afterVersions
            }
            if cursor.current == 0x3B {
                marker = Marker(program: try parseQuotedMarker())
                expected = .afterMarker
            }
        }
        cursor.skipWhitespace()
        guard cursor.isAtEnd else { throw cursor.unexpected(expected.message) }
        return Requirement(name: name, extras: extras, specifier: specifier, url: url, storedMarker: marker)
    }

    /// What the grammar allows after the part of a requirement read so far.
    enum Trailing {
        case afterName, afterExtras, afterVersions, afterMarker

        var message: String {
            switch self {
            case .afterName: "`[`, `(`, a version specifier, `@`, `;` or end of input"
            case .afterExtras: "`(`, a version specifier, `@`, `;` or end of input"
            case .afterVersions: "`,`, `;` or end of input"
            case .afterMarker: "`and`, `or` or end of input"
            }
        }
    }

    /// ```
    /// name       = identifier
    /// identifier = letterOrDigit ( ( '-' | '_' | '.' )* letterOrDigit )*
    /// ```
    mutating func parseName() throws(ParseError) -> String {
        let start = cursor.position
        let end = cursor.identifierEnd(from: start)
        guard end > start else { throw cursor.unexpected("a package name") }
        guard cursor.isNameRun(start..<end) else {
            throw cursor.unexpected(
                "a package name (ASCII letters and digits, with `-`, `_` or `.` only between them)")
        }
        cursor.position = end
        return cursor.text(start..<end)
    }

    /// ```
    /// extras      = '[' wsp* extras_list? wsp* ']'
    /// extras_list = identifier ( wsp* ',' wsp* identifier )*
    /// ```
    /// Returns the distinct extras as written, sorted (pypa/packaging keeps a set).
    mutating func parseExtras() throws(ParseError) -> [String] {
        cursor.position += 1  // [
        cursor.skipWhitespace()
        var extras: [String] = []
        if cursor.eat(0x5D) { return extras }
        while true {
            let start = cursor.position
            let end = cursor.identifierEnd(from: start)
            guard end > start else { throw cursor.unexpected("an extra name") }
            guard cursor.isNameRun(start..<end) else {
                throw cursor.unexpected(
                    "an extra name (ASCII letters and digits, with `-`, `_` or `.` only between them)")
            }
            cursor.position = end
            let extra = cursor.text(start..<end)
            if !extras.contains(extra) { extras.append(extra) }
            cursor.skipWhitespace()
            if cursor.eat(0x5D) { break }
            guard cursor.eat(0x2C) else { throw cursor.unexpected("`,` or `]`") }
            cursor.skipWhitespace()
        }
        if extras.count > 1 { extras.sort() }
        return extras
    }

    /// ```
    /// versionspec = '(' version_many ')' | version_many
    /// ```
    mutating func parseVersionspec() throws(ParseError) -> SpecifierSet {
        guard cursor.eat(0x28) else { return try parseVersionMany() }
        let set = try parseVersionMany()
        cursor.skipWhitespace()
        guard cursor.eat(0x29) else { throw cursor.unexpected("`,` or `)`") }
        return set
    }

    /// ```
    /// version_many = version_one ( ',' version_one )* ( ',' wsp* )?
    /// ```
    /// Each clause is handed to PEP440 as soon as the grammar has delimited it. A clause
    /// PEP440 rejects is reported only once the whole list is known to be grammatical, so
    /// that a syntax error later in the list takes precedence, as it would if the list were
    /// delimited first and parsed afterwards.
    mutating func parseVersionMany() throws(ParseError) -> SpecifierSet {
        var specifiers: [Specifier] = []
        var firstError: ParseError?
        while true {
            try parseVersionOne(into: &specifiers, firstError: &firstError)
            cursor.skipWhitespace()
            guard cursor.current == 0x2C else { break }
            cursor.position += 1
            cursor.skipWhitespace()
            let c = cursor.current
            guard cursor.operatorLength(at: cursor.position) > 0 || c == 0x3D || c == 0x21 || c == 0x7E else {
                // One trailing comma is allowed; a second one is an empty clause.
                if c == 0x2C { throw cursor.unexpected("a version specifier after `,`") }
                break
            }
        }
        if let firstError { throw firstError }
        return SpecifierSet(specifiers)
    }

    /// ```
    /// version_one = version_cmp version wsp*
    /// version_cmp = wsp* ( '<=' | '<' | '!=' | '===' | '==' | '>=' | '>' | '~=' )
    /// version     = wsp* ( letterOrDigit | '-' | '_' | '.' | '*' | '+' | '!' )+
    /// ```
    /// The version is parsed by PEP440 in place, in the whole input, so the caret lands on
    /// the exact characters PEP440 blames, such as `+local` after `>=` or the `1` of `~=1`.
    private mutating func parseVersionOne(
        into specifiers: inout [Specifier], firstError: inout ParseError?
    ) throws(ParseError) {
        cursor.skipWhitespace()
        let opStart = cursor.position
        let length = cursor.operatorLength(at: opStart)
        guard length > 0 else {
            throw cursor.unexpected("a version operator (`<=`, `<`, `!=`, `==`, `===`, `>=`, `>`, `~=`)")
        }
        cursor.position += length
        cursor.skipWhitespace()
        let versionStart = cursor.position
        var end = versionStart
        while end < cursor.bytes.count, Parser.isVersionByte(cursor.bytes[end]) { end += 1 }
        guard end > versionStart else {
            throw cursor.unexpected("a version after `\(cursor.text(opStart..<opStart + length))`")
        }
        cursor.position = end
        guard firstError == nil else { return }
        // `length > 0`: one of the eight version operators, so both unwraps succeed.
        do {
            if specifiers.isEmpty { specifiers.reserveCapacity(2) }
            specifiers.append(
                try Specifier.parseVersion(
                    cursor.bytes, operator: MarkerOperator(cursor.bytes, opStart, length)!.versionOperator!,
                    from: versionStart, to: end, keepingText: true))
        } catch {
            // PEP440's span is already in scalar offsets of the whole input.
            firstError = ParseError(kind: cursor.errorKind, message: error.message, span: error.span)
        }
    }

    private static func isVersionByte(_ c: UInt8) -> Bool {
        Cursor.isIdentifierByte(c) || c == 0x2A || c == 0x2B || c == 0x21  // * + !
    }

    /// ```
    /// urlspec = '@' wsp* URI_reference
    /// ```
    /// The URL is the run of characters up to whitespace or the end, as in pypa/packaging.
    mutating func parseUrlspec() throws(ParseError) -> String {
        cursor.position += 1  // @
        cursor.skipWhitespace()
        let start = cursor.position
        var end = start
        while end < cursor.bytes.count, cursor.bytes[end] != 0x20, cursor.bytes[end] != 0x09 { end += 1 }
        guard end > start else { throw cursor.unexpected("a URL after `@`") }
        cursor.position = end
        return cursor.text(start..<end)
    }

    /// ```
    /// quoted_marker = ';' wsp* marker
    /// ```
    mutating func parseQuotedMarker() throws(ParseError) -> MarkerProgram {
        cursor.position += 1  // ;
        try parseMarker()
        return takeMarker()
    }

    /// Moves the marker built so far out of the parser (a copy would retain its storage).
    private mutating func takeMarker() -> MarkerProgram {
        var program = MarkerProgram()
        swap(&program, &marker)
        return program
    }

    // MARK: Markers

    /// ```
    /// full_marker = marker wsp* END
    /// ```
    mutating func parseFullMarker() throws(ParseError) -> MarkerProgram {
        try parseMarker()
        cursor.skipWhitespace()
        guard cursor.isAtEnd else { throw cursor.unexpected("`and`, `or` or end of input") }
        return takeMarker()
    }

    /// ```
    /// marker    = marker_or
    /// marker_or = marker_and ( wsp* 'or' marker_and )*
    /// ```
    /// The terms are kept flat, as written (one group); `and` binds tighter only when
    /// evaluating.
    mutating func parseMarker() throws(ParseError) {
        marker.openGroup()
        try parseMarkerAnd()
        while keyword("or") {
            marker.add(.or)
            try parseMarkerAnd()
        }
        marker.closeGroup()
    }

    /// ```
    /// marker_and = marker_expr ( wsp* 'and' marker_expr )*
    /// ```
    mutating func parseMarkerAnd() throws(ParseError) {
        try parseMarkerExpr()
        while keyword("and") {
            marker.add(.and)
            try parseMarkerExpr()
        }
    }

    /// Consumes the keyword `word` (a whole identifier-like run) after optional whitespace.
    private mutating func keyword(_ word: StaticString) -> Bool {
        let saved = cursor.position
        cursor.skipWhitespace()
        let end = cursor.identifierEnd(from: cursor.position)
        if cursor.matches(cursor.position..<end, word) {
            cursor.position = end
            return true
        }
        cursor.position = saved
        return false
    }

    /// ```
    /// marker_expr = marker_var marker_op marker_var
    ///             | wsp* '(' marker wsp* ')'
    /// ```
    mutating func parseMarkerExpr() throws(ParseError) {
        cursor.skipWhitespace()
        if cursor.current == 0x28 {
            guard depth < Parser.maximumNesting else {
                throw cursor.unexpected("at most \(Parser.maximumNesting) nested parentheses")
            }
            depth += 1
            cursor.position += 1
            try parseMarker()
            cursor.skipWhitespace()
            guard cursor.eat(0x29) else { throw cursor.unexpected("`and`, `or` or `)`") }
            depth -= 1
            return
        }
        let start = cursor.position
        let lhs = try parseMarkerVar()
        let op = try parseMarkerOp()
        let rhs = try parseMarkerVar()
        // Literals become strings only now that both sides are known, so that one compared
        // with `extra` & co. is normalised straight from the input.
        let (left, right, extraNormalized) = operands(lhs, rhs)
        let span = offsets.span(start..<cursor.position, in: cursor.bytes)
        marker.add(MarkerComparison(parsed: left, op, right, span: span, extraNormalized: extraNormalized))
    }

    /// A marker operand before its literal is made a string: the literal's bytes (without
    /// the quotes).
    enum RawOperand {
        case variable(MarkerVariable)
        case literal(Range<Int>)
    }

    /// The operands of a comparison. The literal compared with `extra` (either side), or the
    /// left-hand literal of a membership test on `extras`, `dependency_groups` or a variant
    /// set, is normalised (the cases pypa/packaging 26.3 normalises; variant sets are
    /// SPEC.md's extension). The flag says whether a literal compared with `extra` is
    /// normalised (nil when there is none), so that the comparison need not check again.
    private func operands(_ lhs: RawOperand, _ rhs: RawOperand) -> (MarkerOperand, MarkerOperand, Bool?) {
        switch (lhs, rhs) {
        case (.variable(let variable), .literal(let range)):
            let normalization: LiteralNormalization = variable.type == .extra ? .name : .none
            return (.variable(variable), .literal(literal(range, normalization)), variable.type == .extra ? true : nil)
        case (.literal(let range), .variable(let variable)):
            return (.literal(literal(range, variable.normalization)), .variable(variable), variable.type == .extra ? true : nil)
        case (.literal(let a), .literal(let b)):
            return (.literal(literal(a, .none)), .literal(literal(b, .none)), nil)
        case (.variable(let a), .variable(let b)):
            return (.variable(a), .variable(b), nil)
        }
    }

    /// The literal in `range` as a string, normalised.
    private func literal(_ range: Range<Int>, _ normalization: LiteralNormalization) -> String {
        switch normalization {
        case .none: cursor.text(range)
        case .name: PackageName.normalize(cursor.bytes, range)
        case .variant: VariantValue.normalize(cursor.text(range))
        }
    }

    /// ```
    /// marker_var = wsp* ( env_var | python_str )
    /// python_str = "'" ( any - "'" )* "'" | '"' ( any - '"' )* '"'
    /// ```
    mutating func parseMarkerVar() throws(ParseError) -> RawOperand {
        cursor.skipWhitespace()
        let start = cursor.position
        let c = cursor.current
        if c == 0x22 || c == 0x27, !cursor.isAtEnd {
            var end = start + 1
            while end < cursor.bytes.count, cursor.bytes[end] != c { end += 1 }
            guard end < cursor.bytes.count else {
                throw cursor.error(
                    "expected a closing `\(c == 0x22 ? "\"" : "'")`, found end of input",
                    covering: start..<end)
            }
            cursor.position = end + 1
            return .literal(start + 1..<end)
        }
        let end = cursor.identifierEnd(from: start)
        if end > start, let variable = variables.lookup(cursor.bytes, start..<end) {
            cursor.position = end
            return .variable(variable)
        }
        throw cursor.unexpected("a marker variable or quoted string", kind: cursor.errorKind)
    }

    /// ```
    /// marker_op = version_cmp | wsp* 'in' | wsp* 'not' wsp+ 'in'
    /// ```
    mutating func parseMarkerOp() throws(ParseError) -> MarkerOperator {
        cursor.skipWhitespace()
        let start = cursor.position
        let length = cursor.operatorLength(at: start)
        if length > 0, let op = MarkerOperator(cursor.bytes, start, length) {
            cursor.position += length
            return op
        }
        let end = cursor.identifierEnd(from: start)
        if cursor.matches(start..<end, "in") {
            cursor.position = end
            return .in
        }
        if cursor.matches(start..<end, "not") {
            cursor.position = end
            let spaced = cursor.skipWhitespace()
            let inEnd = cursor.identifierEnd(from: cursor.position)
            guard spaced, cursor.matches(cursor.position..<inEnd, "in") else {
                throw cursor.unexpected("`in` after `not` and whitespace")
            }
            cursor.position = inEnd
            return .notIn
        }
        throw cursor.unexpected(
            "a marker operator (`<=`, `<`, `!=`, `==`, `===`, `>=`, `>`, `~=`, `in`, `not in`)")
    }
}
