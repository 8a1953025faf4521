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
                    marker = Marker(storage: try parseQuotedMarker())
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
            if c == 0x28 || Cursor.startsOperator(c) {
                specifier = try parseVersionspec()
                cursor.skipWhitespace()
                expected = .afterVersions
            }
            if cursor.current == 0x3B {
                marker = Marker(storage: try parseQuotedMarker())
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
            extras.append(cursor.text(start..<end))
            cursor.skipWhitespace()
            if cursor.eat(0x5D) { break }
            guard cursor.eat(0x2C) else { throw cursor.unexpected("`,` or `]`") }
            cursor.skipWhitespace()
        }
        if extras.count > 1 {
            // Sorted first, so that dropping repeats is one pass (a search per extra made
            // `a[x1,x2,…]` quadratic in its length).
            extras.sort()
            var kept = 1
            for i in 1..<extras.count where extras[i] != extras[kept - 1] {
                extras.swapAt(i, kept)
                kept += 1
            }
            extras.removeSubrange(kept...)
        }
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
        var specifiers = SpecifierSet()
        var firstError: ParseError?
        while true {
            try parseVersionOne(into: &specifiers, firstError: &firstError)
            cursor.skipWhitespace()
            guard cursor.current == 0x2C else { break }
            cursor.position += 1
            cursor.skipWhitespace()
            let c = cursor.current
            guard Cursor.startsOperator(c) else {
                // One trailing comma is allowed; a second one is an empty clause.
                if c == 0x2C { throw cursor.unexpected("a version specifier after `,`") }
                break
            }
        }
        if let firstError { throw firstError }
        return specifiers
    }

    /// ```
    /// version_one = version_cmp version wsp*
    /// version_cmp = wsp* ( '<=' | '<' | '!=' | '===' | '==' | '>=' | '>' | '~=' )
    /// version     = wsp* ( letterOrDigit | '-' | '_' | '.' | '*' | '+' | '!' )+
    /// ```
    /// The version is parsed by PEP440 in place, in the whole input, so the caret lands on
    /// the exact characters PEP440 blames, such as `+local` after `>=` or the `1` of `~=1`.
    private mutating func parseVersionOne(
        into specifiers: inout SpecifierSet, firstError: inout ParseError?
    ) throws(ParseError) {
        cursor.skipWhitespace()
        let opStart = cursor.position
        guard let (op, length) = cursor.comparisonOperator(at: opStart) else {
            throw cursor.unexpected("a version operator (`<=`, `<`, `!=`, `==`, `===`, `>=`, `>`, `~=`)")
        }
        cursor.position += length
        cursor.skipWhitespace()
        let versionStart = cursor.position
        var end = versionStart
        while end < cursor.bytes.count, Cursor.isVersionByte(cursor.bytes[end]) { end += 1 }
        guard end > versionStart else {
            throw cursor.unexpected("a version after `\(cursor.text(opStart..<opStart + length))`")
        }
        cursor.position = end
        guard firstError == nil else { return }
        // One of the eight comparison operators, never `in`: the unwrap succeeds.
        do {
            try specifiers.appendClause(cursor.bytes, operator: op.versionOperator!, from: versionStart, to: end)
        } catch {
            // PEP440's span is already in scalar offsets of the whole input.
            firstError = ParseError(kind: cursor.errorKind, message: error.message, span: error.span)
        }
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
    mutating func parseQuotedMarker() throws(ParseError) -> Marker.Storage {
        cursor.position += 1  // ;
        if let single = try parseSingleComparison() { return single }
        let program = MarkerProgram(parsing: ())
        try parseMarker(into: program)
        return .program(program)
    }

    /// The marker ahead when it is one comparison and nothing else (the usual marker, such
    /// as `extra == "test"`), stored without a program when it is compact; otherwise nil,
    /// with the cursor where it was. Errors are those the full grammar would report: this
    /// is the path `marker` takes through `marker_expr` for a single comparison.
    private mutating func parseSingleComparison() throws(ParseError) -> Marker.Storage? {
        let saved = cursor.position
        cursor.skipWhitespace()
        guard cursor.current != 0x28 else {  // (
            cursor.position = saved
            return nil
        }
        let start = cursor.position
        let lhs = try parseMarkerVar(into: nil)
        let op = try parseMarkerOp()
        let rhs = try parseMarkerVar(into: nil)
        let end = cursor.position
        cursor.skipWhitespace()
        guard cursor.isAtEnd, !lhs.isUnregistered, !rhs.isUnregistered else {
            cursor.position = saved
            return nil
        }
        let span = offsets.span(start..<end, in: cursor.bytes)
        if let compact = MarkerProgram.Compact(lhs, op, rhs, span: span, in: cursor.bytes) { return .compact(compact) }
        let program = MarkerProgram(parsing: ())
        program.openGroup()
        program.add(lhs, op, rhs, span: span, in: cursor.bytes)
        program.closeGroup()
        return .program(program)
    }

    // MARK: Markers

    /// ```
    /// full_marker = marker wsp* END
    /// ```
    mutating func parseFullMarker() throws(ParseError) -> Marker.Storage {
        if let single = try parseSingleComparison() { return single }
        let program = MarkerProgram(parsing: ())
        try parseMarker(into: program)
        cursor.skipWhitespace()
        guard cursor.isAtEnd else { throw cursor.unexpected("`and`, `or` or end of input") }
        return .program(program)
    }

    /// ```
    /// marker    = marker_or
    /// marker_or = marker_and ( wsp* 'or' marker_and )*
    /// ```
    /// The terms are kept flat, as written (one group); `and` binds tighter only when
    /// evaluating.
    mutating func parseMarker(into marker: MarkerProgram) throws(ParseError) {
        marker.openGroup()
        try parseMarkerAnd(into: marker)
        while keyword("or") {
            marker.add(.or)
            try parseMarkerAnd(into: marker)
        }
        marker.closeGroup()
    }

    /// ```
    /// marker_and = marker_expr ( wsp* 'and' marker_expr )*
    /// ```
    mutating func parseMarkerAnd(into marker: MarkerProgram) throws(ParseError) {
        try parseMarkerExpr(into: marker)
        while keyword("and") {
            marker.add(.and)
            try parseMarkerExpr(into: marker)
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
    mutating func parseMarkerExpr(into marker: MarkerProgram) throws(ParseError) {
        cursor.skipWhitespace()
        if cursor.current == 0x28 {
            guard depth < Parser.maximumNesting else {
                throw cursor.unexpected("at most \(Parser.maximumNesting) nested parentheses")
            }
            depth += 1
            cursor.position += 1
            try parseMarker(into: marker)
            cursor.skipWhitespace()
            guard cursor.eat(0x29) else { throw cursor.unexpected("`and`, `or` or `)`") }
            depth -= 1
            return
        }
        let start = cursor.position
        let lhs = try parseMarkerVar(into: marker)
        let op = try parseMarkerOp()
        let rhs = try parseMarkerVar(into: marker)
        let span = offsets.span(start..<cursor.position, in: cursor.bytes)
        marker.add(lhs, op, rhs, span: span, in: cursor.bytes)
    }

    /// ```
    /// marker_var = wsp* ( env_var | python_str )
    /// python_str = "'" ( any - "'" )* "'" | '"' ( any - '"' )* '"'
    /// ```
    ///
    /// A registered variable is added to `marker`; without one it is returned unregistered
    /// (``MarkerProgram/Operand/isUnregistered``).
    mutating func parseMarkerVar(into marker: MarkerProgram?) throws(ParseError) -> MarkerProgram.Operand {
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
            return .literal(start: start + 1, end: end)
        }
        let end = cursor.identifierEnd(from: start)
        if end > start {
            if let standard = StandardVariable.lookup(cursor.bytes, start..<end) {
                cursor.position = end
                return .standard(standard)
            }
            if let variable = variables.lookup(cursor.bytes, start..<end) {
                cursor.position = end
                return marker?.register(variable) ?? .registered(-1)
            }
        }
        throw cursor.unexpected("a marker variable or quoted string", kind: cursor.errorKind)
    }

    /// ```
    /// marker_op = version_cmp | wsp* 'in' | wsp* 'not' wsp+ 'in'
    /// ```
    mutating func parseMarkerOp() throws(ParseError) -> MarkerOperator {
        cursor.skipWhitespace()
        let start = cursor.position
        if let (op, length) = cursor.comparisonOperator(at: start) {
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
