import PEP440

extension Marker {
    /// Evaluates the marker against `environment` with the field-type rules of SPEC.md.
    ///
    /// Every comparison is evaluated (no short circuit), so an error anywhere in the marker
    /// is reported, as pypa/packaging does; `and` binds tighter than `or`.
    ///
    /// - Throws: ``ParseError`` of kind `undefined-environment-name` when a variable has no
    ///   value (after the defaults of `context`), or `undefined-comparison` for `~=`/`===`
    ///   on a string variable, a comparison without a variable or between two variables, or a
    ///   value of the wrong shape (a set for a string variable or the reverse). The span is
    ///   the comparison's span in the text the marker was parsed from.
    public func evaluate(in environment: MarkerEnvironment, context: MarkerContext = .metadata) throws(ParseError) -> Bool {
        try Evaluator(environment: environment, context: context).evaluate(tree)
    }
}

private struct Evaluator {
    let environment: MarkerEnvironment
    let context: MarkerContext

    static let emptyString = MarkerEnvironment.Entry(.extra, .string(""))
    static let emptySet = MarkerEnvironment.Entry(.extras, .set([]))

    func evaluate(_ tree: MarkerTree) throws(ParseError) -> Bool {
        switch tree {
        case .comparison(let comparison):
            return try evaluate(comparison)
        case .group(let terms, let connectives):
            // any(all(and-chain) for each or-separated chain), evaluating every term.
            var anyChain = false
            var chain = true
            for index in terms.indices {
                if index > 0, connectives[index - 1] == .or {
                    anyChain = anyChain || chain
                    chain = true
                }
                let value = try evaluate(terms[index])
                chain = chain && value
            }
            return anyChain || chain
        }
    }

    func evaluate(_ c: MarkerComparison) throws(ParseError) -> Bool {
        let variable: MarkerVariable
        let literal: String
        let variableOnLeft: Bool
        switch (c.lhs, c.rhs) {
        case (.variable(let v), .literal(let l)):
            (variable, literal, variableOnLeft) = (v, l, true)
        case (.literal(let l), .variable(let v)):
            (variable, literal, variableOnLeft) = (v, l, false)
        default:
            throw ParseError(
                kind: .undefinedComparison,
                message: "expected a comparison between a marker variable and a quoted string, found `\(c)`",
                span: c.span)
        }
        let entry = try lookup(variable, c)
        switch variable.type {
        case .set:
            guard entry.isSet else { throw shape(variable, "a set of strings", c) }
            guard !variableOnLeft, c.op == .in || c.op == .notIn else { return false }
            return entry.set.contains(literal) == (c.op == .in)
        case .extra:
            guard c.op == .equal || c.op == .notEqual else { return false }
            let name = PackageName.normalize(literal)
            let equal = entry.isSet ? entry.set.contains(name) : Evaluator.same(entry.string, name)
            return equal == (c.op == .equal)
        case .string:
            guard !entry.isSet else { throw shape(variable, "a string", c) }
            return try compareStrings(variableOnLeft ? entry.string : literal, c.op, variableOnLeft ? literal : entry.string, c, variable)
        case .version, .versionOrString:
            guard !entry.isSet else { throw shape(variable, "a string", c) }
            let lhs = variableOnLeft ? entry.string : literal
            let rhs = variableOnLeft ? literal : entry.string
            switch c.op {
            case .arbitraryEqual:
                return Evaluator.same(lhs.lowercased(), rhs.lowercased())
            case .in, .notIn:
                if variable.type == .version { return false }
                return try compareStrings(lhs, c.op, rhs, c, variable)
            default:
                if variableOnLeft {
                    if let specifier = c.specifier, let version = entry.version {
                        return specifier.contains(version, prereleases: true)
                    }
                } else if let version = Version(literal), let specifier = Specifier(c.op.rawValue + entry.string) {
                    return specifier.contains(version, prereleases: true)
                }
                return try compareStrings(lhs, c.op, rhs, c, variable)
            }
        }
    }

    func lookup(_ variable: MarkerVariable, _ c: MarkerComparison) throws(ParseError) -> MarkerEnvironment.Entry {
        if variable.type == .extra, context == .lockFile {
            throw ParseError(
                kind: .undefinedEnvironmentName,
                message: "expected no `extra` comparison in a lock file marker (use `extras`), found `\(c)`",
                span: c.span)
        }
        if let entry = environment.entry(for: variable) { return entry }
        switch (context, variable.standard) {
        case (.metadata, .extra?): return Evaluator.emptyString
        case (.lockFile, .extras?), (.lockFile, .dependencyGroups?): return Evaluator.emptySet
        default:
            throw ParseError(
                kind: .undefinedEnvironmentName,
                message: "expected a value for `\(variable.name)` in the marker environment, found none",
                span: c.span)
        }
    }

    func shape(_ variable: MarkerVariable, _ expected: String, _ c: MarkerComparison) -> ParseError {
        ParseError(
            kind: .undefinedComparison,
            message: "expected \(expected) as the value of `\(variable.name)` in the marker environment, found \(expected == "a string" ? "a set" : "a string")",
            span: c.span)
    }

    /// The String field rules: Python string `==`, `!=`, `in`, `not in`; `<=`/`>=` as `==`;
    /// `<`/`>` False; `~=`/`===` undefined.
    func compareStrings(_ lhs: String, _ op: MarkerOperator, _ rhs: String, _ c: MarkerComparison, _ variable: MarkerVariable) throws(ParseError) -> Bool {
        switch op {
        case .equal, .lessThanOrEqual, .greaterThanOrEqual: return Evaluator.same(lhs, rhs)
        case .notEqual: return !Evaluator.same(lhs, rhs)
        case .lessThan, .greaterThan: return false
        case .in: return Evaluator.contains(rhs, lhs)
        case .notIn: return !Evaluator.contains(rhs, lhs)
        case .compatible, .arbitraryEqual:
            throw ParseError(
                kind: .undefinedComparison,
                message: "expected `==`, `!=`, `in` or `not in` with the string value of `\(variable.name)` (\"\(lhs)\" \(op) \"\(rhs)\"), found `\(op)`",
                span: c.span)
        }
    }

    /// Code-point equality (Swift's `==` on String would apply canonical equivalence).
    static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }

    /// Python's `needle in haystack` for strings.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        if n.isEmpty { return true }
        if n.count > h.count { return false }
        outer: for start in 0...(h.count - n.count) {
            for k in 0..<n.count where h[start + k] != n[k] { continue outer }
            return true
        }
        return false
    }
}
