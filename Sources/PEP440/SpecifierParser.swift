extension Specifier {
    /// Parses the specifier in `b[start..<end]`, reporting errors in offsets of the whole
    /// buffer so that ``SpecifierSet`` can parse its pieces in place.
    ///
    /// `package` so that PEP508 parses each clause in place too, without building a
    /// `String` per clause. Error spans are Unicode scalar offsets in `b`.
    ///
    /// With `keepingText: false` the result's ``versionText`` is empty, which saves a
    /// `String` for callers that only match versions and keep the text themselves (PEP508's
    /// marker comparisons); `===` always keeps its text, which is what it matches.
    package static func parse(
        _ b: UnsafeBufferPointer<UInt8>, start: Int, end: Int, keepingText: Bool = true
    ) throws(ParseError) -> Specifier {
        let s = UTF8Text.skipWhitespace(b, from: start, end: end)
        let e = UTF8Text.trimTrailingWhitespace(b, start: s, end: end)
        func fail(_ from: Int, _ to: Int, _ expected: String) -> ParseError {
            UTF8Text.error(
                .invalidSpecifier, b, from, to, "expected \(expected), found \(UTF8Text.snippet(b, from, to))")
        }
        guard let (op, opLength) = matchOperator(b, s, e) else {
            // The span is the token found instead (SPEC.md §4): a word such as
            // `latest` or `2.0` whole, any other character (`=`, `^`) alone.
            throw fail(s, tokenEnd(b, s, e), "a version operator (`==`, `!=`, `<=`, `>=`, `<`, `>`, `~=`, `===`)")
        }
        let v = UTF8Text.skipWhitespace(b, from: s + opLength, end: e)
        return try parseVersion(b, operator: op, from: v, to: e, keepingText: keepingText)
    }

    /// The part of ``parse(_:start:end:keepingText:)`` after the operator: the version in
    /// `b[v..<e]` (no surrounding whitespace) for operator `op`. `package` so that PEP508,
    /// whose grammar has already found the operator and the extent of the version, does not
    /// tokenise the clause a second time.
    package static func parseVersion(
        _ b: UnsafeBufferPointer<UInt8>, operator op: Operator, from v: Int, to e: Int, keepingText: Bool
    ) throws(ParseError) -> Specifier {
        func fail(_ from: Int, _ to: Int, _ expected: String) -> ParseError {
            UTF8Text.error(
                .invalidSpecifier, b, from, to, "expected \(expected), found \(UTF8Text.snippet(b, from, to))")
        }
        let text = { String(decoding: UnsafeBufferPointer(rebasing: b[v..<e]), as: UTF8.self) }

        if op == .arbitrary {
            // Anything but whitespace, `;` and `)` (packaging's `[^\s;)]*`), but not
            // nothing: the spec's `version` is one or more characters.
            guard v < e else { throw fail(v, e, "a version after `===`") }
            var i = v
            while i < e {
                if UTF8Text.whitespaceLength(b, at: i, end: e) > 0 || b[i] == UInt8(ascii: ";")
                    || b[i] == UInt8(ascii: ")")
                {
                    throw fail(i, e, "an arbitrary version without whitespace, `;` or `)`")
                }
                i += 1
            }
            let t = text()
            guard let version = Version(t) else {
                return Specifier(operator: op, versionText: t, arbitraryText: ())
            }
            return Specifier(operator: op, versionText: t, version: version, isWildcard: false)
        }

        var scanner = VersionScanner(b, start: v, end: e)
        try scanClause(&scanner, b, operator: op, from: v, to: e)
        return Specifier(scanned: &scanner, b, operator: op, from: v, to: e, keepingText: keepingText)
    }

    /// The clause `op b[v..<e]` once ``scanClause`` has accepted it.
    init(
        scanned scanner: inout VersionScanner, _ b: UnsafeBufferPointer<UInt8>, operator op: Operator,
        from v: Int, to e: Int, keepingText: Bool
    ) {
        // A release written as its normal form prints it (`1.20`, `2.0.*`: no `v`, epoch,
        // leading zeros or suffixes) keeps no text; ``versionText`` rebuilds it.
        let keepsText = keepingText && !scanner.isNormalRelease(from: v, to: e)
        self.init(
            operator: op,
            versionText: keepsText ? String(decoding: UnsafeBufferPointer(rebasing: b[v..<e]), as: UTF8.self) : "",
            version: scanner.takeVersion(), isWildcard: scanner.wildcardStart != nil)
    }

    /// Scans the version of a clause other than `===` in `b[v..<e]` with `scanner` (made for
    /// that range) and checks it for operator `op`, throwing what ``parseVersion`` throws.
    static func scanClause(
        _ scanner: inout VersionScanner, _ b: UnsafeBufferPointer<UInt8>, operator op: Operator, from v: Int, to e: Int
    ) throws(ParseError) {
        func fail(_ from: Int, _ to: Int, _ expected: String) -> ParseError {
            UTF8Text.error(
                .invalidSpecifier, b, from, to, "expected \(expected), found \(UTF8Text.snippet(b, from, to))")
        }
        let allowsPrefix = op == .equal || op == .notEqual
        guard scanner.scan(allowWildcard: allowsPrefix) else {
            let at = scanner.pos
            throw fail(at, at == v ? tokenEnd(b, at, e) : e, "\(scanner.expected) after `\(op.rawValue)`")
        }
        if scanner.pos != e || scanner.errorPos != nil {
            let p = scanner.pos
            if scanner.errorPos == nil, p + 1 < e, b[p] == UInt8(ascii: "."), b[p + 1] == UInt8(ascii: "*") {
                if !allowsPrefix {
                    throw fail(p, e, "end of specifier (prefix matching with `.*` needs `==` or `!=`)")
                }
                if scanner.wildcardStart != nil {
                    throw fail(p, e, "end of specifier (`.*` may end a version only once)")
                }
                let what = scanner.localStart != nil ? "a local label" : "a pre-, post- or dev-release"
                throw fail(p, e, "end of specifier (`.*` cannot follow \(what))")
            }
            throw scanner.error(kind: .invalidSpecifier)
        }
        if let local = scanner.localStart, !allowsPrefix {
            throw fail(local, e, "end of specifier (a local label needs `==` or `!=`)")
        }
        if op == .compatible && scanner.releaseCount < 2 {
            throw fail(
                scanner.releaseStart, scanner.releaseEnd,
                "at least two release numbers after `~=` (such as `~=1.0`)")
        }
    }

    /// The end of the token at `s` (SPEC.md §4): a word such as `latest` or `2.0`
    /// whole, any other character (`=`, `^`, `<`) alone.
    private static func tokenEnd(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var t = s
        while t < e, UTF8Text.isIdentifierByte(b[t]) { t += 1 }
        guard t == s, s < e else { return t }
        // One character: a whole scalar, continuation bytes included.
        t = s + 1
        while t < e, b[t] & 0xC0 == 0x80 { t += 1 }
        return t
    }

    private static func matchOperator(
        _ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int
    ) -> (Operator, Int)? {
        guard s < e else { return nil }
        let c0 = b[s]
        let c1: UInt8 = s + 1 < e ? b[s + 1] : 0
        let eq = UInt8(ascii: "=")
        switch (c0, c1) {
        case (eq, eq): return s + 2 < e && b[s + 2] == eq ? (.arbitrary, 3) : (.equal, 2)
        case (UInt8(ascii: "~"), eq): return (.compatible, 2)
        case (UInt8(ascii: "!"), eq): return (.notEqual, 2)
        case (UInt8(ascii: "<"), eq): return (.lessThanOrEqual, 2)
        case (UInt8(ascii: ">"), eq): return (.greaterThanOrEqual, 2)
        case (UInt8(ascii: "<"), _): return (.lessThan, 1)
        case (UInt8(ascii: ">"), _): return (.greaterThan, 1)
        default: return nil
        }
    }
}
