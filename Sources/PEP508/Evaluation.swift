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
        switch storage {
        case .compact(let comparison):
            return try Evaluator(context: context, program: nil).evaluate(comparison.term, in: environment)
        case .program(let program):
            return try Evaluator(context: context, program: program).evaluate(in: environment)
        }
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
    // The environment is passed down rather than stored, so that it is borrowed, not copied
    // (which would retain its storage).
    let context: MarkerContext
    /// nil for a compact comparison, whose term needs no program.
    let program: MarkerProgram?

    typealias Term = MarkerProgram.Term

    static let emptyString = MarkerEnvironment.Entry(.extra, .string(""))
    static let emptySet = MarkerEnvironment.Entry(.extras, .set([]))

    func evaluate(in environment: borrowing MarkerEnvironment) throws(ParseError) -> Bool {
        let program = program.unsafelyUnwrapped
        if program.isFlat {
            guard let first = program.first else { return true }
            var chains = Chains()
            chains.add(try evaluate(first, in: environment), orBefore: false)
            guard let more = program.more else { return chains.value }
            for index in more.rest.indices {
                chains.add(try evaluate(more.rest[index], in: environment), orBefore: more.rest[index].orBefore)
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
                chains.add(try evaluate(program[index], in: environment), orBefore: orBefore)
                orBefore = false
            case .connective(let connective):
                orBefore = connective == .or
            }
        }
        return chains.value
    }

    func evaluate(_ t: Term, in environment: borrowing MarkerEnvironment) throws(ParseError) -> Bool {
        guard let type = t.type else {
            throw ParseError(
                kind: .undefinedComparison,
                message: "expected a comparison between a marker variable and a quoted string, found `\(MarkerProgram.comparison(t, in: program))`",
                span: t.span)
        }
        let entry = try lookup(t, type, in: environment)
        let variableOnLeft = t.variableOnLeft
        switch type {
        case .set:
            guard entry.isSet else { throw shape(t, "a set of strings") }
            guard !variableOnLeft, t.op == .in || t.op == .notIn else { return false }
            return entry.set.contains(MarkerProgram.normalizedLiteral(of: t, in: program)) == (t.op == .in)
        case .extra:
            guard t.op == .equal || t.op == .notEqual else { return false }
            let equal: Bool
            if entry.isSet {
                equal = entry.set.contains(MarkerProgram.normalizedLiteral(of: t, in: program))
            } else if t.literalIsNormal {
                equal = MarkerProgram.withLiteral(of: t, in: program) { Evaluator.same(entry.string, $0) }
            } else {
                equal = Evaluator.same(entry.string, MarkerProgram.normalizedLiteral(of: t, in: program))
            }
            return equal == (t.op == .equal)
        case .string:
            guard !entry.isSet else { throw shape(t, "a string") }
            return try compareStrings(entry.string, t)
        case .version, .versionOrString:
            guard !entry.isSet else { throw shape(t, "a string") }
            switch t.op {
            case .arbitraryEqual:
                return Evaluator.same(entry.string.lowercased(), MarkerProgram.literalText(of: t, in: program).lowercased())
            case .in, .notIn:
                if type == .version { return false }
            default:
                switch program.unsafelyUnwrapped.compiled(t.compiled) {
                case .specifier(let specifier?):
                    if let version = entry.version { return specifier.contains(version, prereleases: true) }
                case .version(let version?):
                    if let specifier = Specifier(t.op.rawValue + entry.string) {
                        return specifier.contains(version, prereleases: true)
                    }
                default:
                    break
                }
            }
            return try compareStrings(entry.string, t)
        }
    }

    func lookup(_ t: Term, _ type: FieldType, in environment: borrowing MarkerEnvironment) throws(ParseError) -> MarkerEnvironment.Entry {
        if type == .extra, context == .lockFile {
            throw ParseError(
                kind: .undefinedEnvironmentName,
                message: "expected no `extra` comparison in a lock file marker (use `extras`), found `\(MarkerProgram.comparison(t, in: program))`",
                span: t.span)
        }
        var slot = -1
        switch t.variableOnLeft ? t.left : t.right {
        case .standard(let standard):
            slot = standard.rawValue
            if let entry = environment.entry(slot: slot) { return entry }
        case .registered(let index):
            if let entry = environment.entry(registered: program.unsafelyUnwrapped.variables[index].name) { return entry }
        case .literal:
            break
        }
        switch (context, StandardVariable(rawValue: slot)) {
        case (.metadata, .extra?): return Evaluator.emptyString
        case (.lockFile, .extras?), (.lockFile, .dependencyGroups?): return Evaluator.emptySet
        default:
            throw ParseError(
                kind: .undefinedEnvironmentName,
                message: "expected a value for `\(name(t))` in the marker environment, found none",
                span: t.span)
        }
    }

    func name(_ t: Term) -> String { MarkerProgram.variable(of: t, in: program)?.name ?? "" }

    func shape(_ t: Term, _ expected: String) -> ParseError {
        ParseError(
            kind: .undefinedComparison,
            message: "expected \(expected) as the value of `\(name(t))` in the marker environment, found \(expected == "a string" ? "a set" : "a string")",
            span: t.span)
    }

    /// The String field rules: Python string `==`, `!=`, `in`, `not in`; `<=`/`>=` as `==`;
    /// `<`/`>` False; `~=`/`===` undefined. Compares the variable's string `value` with the
    /// literal, in the term's order.
    func compareStrings(_ value: String, _ t: Term) throws(ParseError) -> Bool {
        switch t.op {
        case .equal, .lessThanOrEqual, .greaterThanOrEqual:
            return MarkerProgram.withLiteral(of: t, in: program) { Evaluator.same(value, $0) }
        case .notEqual:
            return !MarkerProgram.withLiteral(of: t, in: program) { Evaluator.same(value, $0) }
        case .lessThan, .greaterThan: return false
        case .in, .notIn:
            let found = MarkerProgram.withLiteral(of: t, in: program) { literal in
                Evaluator.withBytes(value) { value in
                    t.variableOnLeft ? Evaluator.contains(literal, value) : Evaluator.contains(value, literal)
                }
            }
            return found == (t.op == .in)
        case .compatible, .arbitraryEqual:
            let text = MarkerProgram.literalText(of: t, in: program)
            let (lhs, rhs) = t.variableOnLeft ? (value, text) : (text, value)
            throw ParseError(
                kind: .undefinedComparison,
                message: "expected `==`, `!=`, `in` or `not in` with the string value of `\(name(t))` (\"\(lhs)\" \(t.op) \"\(rhs)\"), found `\(t.op)`",
                span: t.span)
        }
    }

    static func withBytes<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(string.utf8).withUnsafeBufferPointer(body)
    }

    static func same(_ a: String, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.utf8.count == b.count else { return false }
        return withBytes(a) { $0.elementsEqual(b) }
    }

    static func same(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return withBytes(b) { same(a, $0) }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > haystack.count { return false }
        outer: for start in 0...(haystack.count - needle.count) {
            for k in 0..<needle.count where haystack[start + k] != needle[k] { continue outer }
            return true
        }
        return false
    }
}
