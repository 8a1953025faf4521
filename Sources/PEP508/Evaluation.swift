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
        try Evaluator(environment: environment, context: context).evaluate(program)
    }
}

/// The value of an `or` of `and` chains, fed one term at a time in source order:
/// any(all(and-chain) for each or-separated chain).
private struct Chains {
    var any = false
    var chain = true

    mutating func add(_ value: Bool, orBefore: Bool) {
        if orBefore {
            any = any || chain
            chain = true
        }
        chain = chain && value
    }

    var value: Bool { any || chain }
}

private struct Evaluator {
    let environment: MarkerEnvironment
    let context: MarkerContext

    static let emptyString = MarkerEnvironment.Entry(.extra, .string(""))
    static let emptySet = MarkerEnvironment.Entry(.extras, .set([]))

    func evaluate(_ program: MarkerProgram) throws(ParseError) -> Bool {
        let terms = program.terms
        if program.steps.isEmpty {
            var chains = Chains()
            for index in terms.indices {
                let value = try evaluate(terms[index].comparison)
                chains.add(value, orBefore: terms[index].orBefore)
            }
            return chains.value
        }
        // Groups without recursion: a stack of the enclosing groups' partial values and
        // the connective that joins the open group to them.
        var stack: [(Chains, Bool)] = []
        stack.reserveCapacity(program.maximumDepth)
        var chains = Chains()
        var orBefore = false
        for step in program.steps {
            switch step {
            case .open:
                stack.append((chains, orBefore))
                chains = Chains()
                orBefore = false
            case .close:
                let value = chains.value
                (chains, orBefore) = stack.removeLast()
                chains.add(value, orBefore: orBefore)
                orBefore = false
            case .comparison(let index):
                chains.add(try evaluate(terms[index].comparison), orBefore: orBefore)
                orBefore = false
            case .connective(let connective):
                orBefore = connective == .or
            }
        }
        return chains.value
    }

    func evaluate(_ c: MarkerComparison) throws(ParseError) -> Bool {
        guard let type = c.prepared.type else {
            throw ParseError(
                kind: .undefinedComparison,
                message: "expected a comparison between a marker variable and a quoted string, found `\(c)`",
                span: c.span)
        }
        let entry = try lookup(c, type)
        let variableOnLeft = c.prepared.variableOnLeft
        switch type {
        case .set:
            guard entry.isSet else { throw shape(c, "a set of strings") }
            guard !variableOnLeft, c.op == .in || c.op == .notIn else { return false }
            return entry.set.contains(c.literal) == (c.op == .in)
        case .extra:
            guard c.op == .equal || c.op == .notEqual else { return false }
            let name = c.extraName
            let equal = entry.isSet ? entry.set.contains(name) : Evaluator.same(entry.string, name)
            return equal == (c.op == .equal)
        case .string:
            guard !entry.isSet else { throw shape(c, "a string") }
            return variableOnLeft
                ? try compareStrings(entry.string, c.op, c.literal, c)
                : try compareStrings(c.literal, c.op, entry.string, c)
        case .version, .versionOrString:
            guard !entry.isSet else { throw shape(c, "a string") }
            switch c.op {
            case .arbitraryEqual:
                return Evaluator.same(entry.string.lowercased(), c.literal.lowercased())
            case .in, .notIn:
                if type == .version { return false }
            default:
                if variableOnLeft {
                    if let specifier = c.specifier, let version = entry.version {
                        return specifier.contains(version, prereleases: true)
                    }
                } else if let version = c.literalVersion,
                    let specifier = Specifier(c.op.rawValue + entry.string)
                {
                    return specifier.contains(version, prereleases: true)
                }
            }
            return variableOnLeft
                ? try compareStrings(entry.string, c.op, c.literal, c)
                : try compareStrings(c.literal, c.op, entry.string, c)
        }
    }

    func lookup(_ c: MarkerComparison, _ type: FieldType) throws(ParseError) -> MarkerEnvironment.Entry {
        if type == .extra, context == .lockFile {
            throw ParseError(
                kind: .undefinedEnvironmentName,
                message: "expected no `extra` comparison in a lock file marker (use `extras`), found `\(c)`",
                span: c.span)
        }
        let slot = c.prepared.slot
        if let entry = slot >= 0 ? environment.entry(slot: slot) : environment.entry(registered: c.variable?.name ?? "") {
            return entry
        }
        switch (context, StandardVariable(rawValue: slot)) {
        case (.metadata, .extra?): return Evaluator.emptyString
        case (.lockFile, .extras?), (.lockFile, .dependencyGroups?): return Evaluator.emptySet
        default:
            throw ParseError(
                kind: .undefinedEnvironmentName,
                message: "expected a value for `\(c.variable?.name ?? "")` in the marker environment, found none",
                span: c.span)
        }
    }

    func shape(_ c: MarkerComparison, _ expected: String) -> ParseError {
        ParseError(
            kind: .undefinedComparison,
            message: "expected \(expected) as the value of `\(c.variable?.name ?? "")` in the marker environment, found \(expected == "a string" ? "a set" : "a string")",
            span: c.span)
    }

    /// The String field rules: Python string `==`, `!=`, `in`, `not in`; `<=`/`>=` as `==`;
    /// `<`/`>` False; `~=`/`===` undefined.
    func compareStrings(_ lhs: String, _ op: MarkerOperator, _ rhs: String, _ c: MarkerComparison) throws(ParseError) -> Bool {
        switch op {
        case .equal, .lessThanOrEqual, .greaterThanOrEqual: return Evaluator.same(lhs, rhs)
        case .notEqual: return !Evaluator.same(lhs, rhs)
        case .lessThan, .greaterThan: return false
        case .in: return Evaluator.contains(rhs, lhs)
        case .notIn: return !Evaluator.contains(rhs, lhs)
        case .compatible, .arbitraryEqual:
            throw ParseError(
                kind: .undefinedComparison,
                message: "expected `==`, `!=`, `in` or `not in` with the string value of `\(c.variable?.name ?? "")` (\"\(lhs)\" \(op) \"\(rhs)\"), found `\(op)`",
                span: c.span)
        }
    }

    /// Code-point equality (Swift's `==` on String would apply canonical equivalence).
    static func same(_ a: String, _ b: String) -> Bool {
        let a = a.utf8, b = b.utf8
        guard a.count == b.count else { return false }
        return a.withContiguousStorageIfAvailable { x in
            b.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
        }.flatMap { $0 } ?? a.elementsEqual(b)
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
