import PEP440
import PEP508

/// What one comparison means: where it is true (`value`) and where evaluating it raises
/// (`raises`), as diagrams. SPEC.md §2 decides every case; `MeaningTests` checks each
/// against `Marker.evaluate` over many environments.
struct Meaning {
    var value: UInt32
    var raises: UInt32

    static let `false` = Meaning(value: Ref.false, raises: Ref.false)
    static let `true` = Meaning(value: Ref.true, raises: Ref.false)
    /// `~=` on a String field, a comparison without a variable, …: raises in every environment.
    static let alwaysRaises = Meaning(value: Ref.false, raises: Ref.true)
}

extension MarkerAlgebra {
    /// The meaning of one comparison, cached per algebra (except `==`/`!=` of a string
    /// field with its variable on the left: reading those again costs less than the cache).
    func meaning(of comparison: MarkerComparison) throws(AlgebraError) -> Meaning {
        if case .variable(let v) = comparison.lhs, v.type == .string || v.type == .extra,
            comparison.op == .equal || comparison.op == .notEqual, case .literal = comparison.rhs
        {
            return try computeMeaning(comparison)
        }
        if let known = comparisonMeanings[comparison] { return known }
        let result = try computeMeaning(comparison)
        comparisonMeanings[comparison] = result
        return result
    }

    private func computeMeaning(_ c: MarkerComparison) throws(AlgebraError) -> Meaning {
        let variable: MarkerVariable, literal: String, variableOnLeft: Bool
        switch (c.lhs, c.rhs) {
        case (.variable(let v), .literal(let l)): (variable, literal, variableOnLeft) = (v, l, true)
        case (.literal(let l), .variable(let v)): (variable, literal, variableOnLeft) = (v, l, false)
        default:
            // Two literals or two variables: `undefined-comparison` (SPEC.md D3).
            return .alwaysRaises
        }
        let op = c.op
        registry.register(variable.name, type: variable.type)
        switch variable.type {
        case .string:
            return stringMeaning(variable.name, literal, op, variableOnLeft, c)
        case .extra:
            if options.context == .lockFile { return .alwaysRaises }
            guard op == .equal || op == .notEqual else { return .false }
            let name = variable.normalizedLiteral(literal)
            let equal: UInt32
            switch options.extra {
            case .single:
                equal = self.literal(self.variable(.string(variable.name)), stringLabels.intern(.only(name)))
            case .set:
                equal = member(variable.name, name)
            }
            return Meaning(value: op == .equal ? equal : not(equal), raises: Ref.false)
        case .set:
            guard !variableOnLeft, op == .in || op == .notIn else { return .false }
            let atom = member(variable.name, variable.normalizedLiteral(literal))
            return Meaning(value: op == .in ? atom : not(atom), raises: Ref.false)
        case .version, .versionOrString:
            if op == .arbitraryEqual, variable.name != "python_version" {
                return Meaning(value: opaque(variable.name, c, negation: nil), raises: Ref.false)
            }
            if op == .in || op == .notIn {
                guard variable.type == .versionOrString else { return .false }
                return substringMeaning(variable.name, literal, op, variableOnLeft, c, finite: false)
            }
            switch variable.name {
            case "python_version": return shortPythonMeaning(literal, op, variableOnLeft)
            case "python_full_version": return try fullPythonMeaning(literal, op, variableOnLeft, c)
            default: return try versionMeaning(variable.name, literal, op, variableOnLeft, c)
            }
        }
    }

    // MARK: String fields

    private func stringMeaning(
        _ name: String, _ literal: String, _ op: MarkerOperator, _ variableOnLeft: Bool, _ c: MarkerComparison
    ) -> Meaning {
        switch op {
        case .equal, .lessThanOrEqual, .greaterThanOrEqual, .notEqual:
            let equal = self.literal(self.variable(.string(name)), stringLabels.intern(.only(literal)))
            return Meaning(value: op == .notEqual ? not(equal) : equal, raises: Ref.false)
        case .lessThan, .greaterThan:
            return .false
        case .compatible, .arbitraryEqual:
            return .alwaysRaises
        case .in, .notIn:
            return substringMeaning(name, literal, op, variableOnLeft, c, finite: true)
        }
    }

    /// Literals longer than this (in code points) make `variable in "literal"` an opaque
    /// atom: a literal of n code points has n(n+1)/2 + 1 substrings (301 for 24), each a
    /// string the algebra keeps, and every set operation on them is linear in that. At 48
    /// (1,177 substrings) simplifying one marker with two such literals took 4 ms and a
    /// 272 KB pyproject of them 330 MB; real markers' `in` literals have at most 15
    /// (`python_version in "2.6 2.7 3.2 3.3"`).
    static let substringExpansionLimit = 24

    /// `variable in "literal"` is membership in the literal's substrings (a finite set);
    /// `"literal" in variable` is an opaque atom (true for the empty literal).
    private func substringMeaning(
        _ name: String, _ literal: String, _ op: MarkerOperator, _ variableOnLeft: Bool, _ c: MarkerComparison,
        finite: Bool
    ) -> Meaning {
        let positive: UInt32
        if variableOnLeft, finite, literal.unicodeScalars.count <= Self.substringExpansionLimit {
            positive = self.literal(self.variable(.string(name)), stringLabels.intern(StringSet(cofinite: false, values: Self.substrings(literal))))
        } else if !variableOnLeft && literal.isEmpty {
            positive = Ref.true
        } else {
            var inComparison = c
            inComparison.op = .in
            var notInComparison = c
            notInComparison.op = .notIn
            positive = opaque(name, inComparison, negation: notInComparison)
        }
        return Meaning(value: op == .in ? positive : not(positive), raises: Ref.false)
    }

    // MARK: Version fields

    private static func isUnparsable(_ text: String) -> Bool { Version(text) == nil }

    /// The one version `text` spells (empty when it spells none).
    private static func point(_ text: String) -> VersionSet {
        Version(text).map { .interval(.before($0), .after($0)) } ?? .empty
    }

    /// A version field other than Python's: versions and unparsable texts.
    private func versionMeaning(
        _ name: String, _ literal: String, _ op: MarkerOperator, _ variableOnLeft: Bool, _ c: MarkerComparison
    ) throws(AlgebraError) -> Meaning {
        let variable = self.variable(.version(name))
        func set(_ versions: VersionSet, _ unparsed: StringSet) -> UInt32 {
            self.literal(variable, versionLabels.intern(VersionValueSet(versions: versions, unparsed: unparsed)))
        }
        let unparsable = Self.isUnparsable(literal)
        if variableOnLeft {
            if let specifier = Specifier(op.rawValue + literal), let versions = VersionSet(specifier) {
                switch op {
                case .equal, .lessThanOrEqual, .greaterThanOrEqual:
                    return Meaning(value: set(versions, unparsable ? .only(literal) : .empty), raises: Ref.false)
                case .notEqual:
                    return Meaning(value: set(versions, unparsable ? StringSet.only(literal).complement : .all), raises: Ref.false)
                case .compatible:
                    return Meaning(value: set(versions, .empty), raises: set(.empty, .all))
                default:
                    return Meaning(value: set(versions, .empty), raises: Ref.false)
                }
            }
        } else if !unparsable {
            // The specifier is built from the value: whether it parses depends on how the
            // value is spelled, which the algebra does not model (an opaque atom). For `<`,
            // `<=`, `>`, `>=` and `~=`, text that is no version gives no specifier: the String
            // rules make the first four false there and `~=` raise.
            let versions = set(.all, .empty)
            let value = try and(versions, opaque(name, c, negation: nil))
            switch op {
            case .equal, .notEqual:
                // `==` and `!=` build a specifier from wildcard text (`3.8.*`) too.
                return Meaning(value: opaque(name, c, negation: nil), raises: Ref.false)
            case .compatible:
                return Meaning(value: value, raises: try or(not(versions), raiseAtom(name, c)))
            default:
                return Meaning(value: value, raises: Ref.false)
            }
        }
        // String rules for every value. Parsable text here is a version with a local label
        // under an ordering operator: equality with that exact spelling, which the algebra
        // does not model.
        switch op {
        case .equal, .lessThanOrEqual, .greaterThanOrEqual, .notEqual:
            guard unparsable else {
                // Text equal to a version's spelling is that version.
                let equal = try and(set(Self.point(literal), .empty), opaque(name, c, negation: nil))
                return Meaning(value: op == .notEqual ? not(equal) : equal, raises: Ref.false)
            }
            let equal = set(.empty, .only(literal))
            return Meaning(value: op == .notEqual ? not(equal) : equal, raises: Ref.false)
        case .lessThan, .greaterThan:
            return .false
        case .compatible:
            return .alwaysRaises
        case .arbitraryEqual, .in, .notIn:
            return .false  // handled by the caller
        }
    }

    /// `python_full_version`: always a version (the algebra's environment model).
    private func fullPythonMeaning(
        _ literal: String, _ op: MarkerOperator, _ variableOnLeft: Bool, _ c: MarkerComparison
    ) throws(AlgebraError) -> Meaning {
        let python = variable(.python)
        let unparsable = Self.isUnparsable(literal)
        if variableOnLeft {
            if let specifier = Specifier(op.rawValue + literal), let versions = VersionSet(specifier) {
                return Meaning(value: self.literal(python, pythonLabels.intern(versions)), raises: Ref.false)
            }
        } else if !unparsable {
            let value = opaque("python_full_version", c, negation: nil)
            return Meaning(value: value, raises: op == .compatible ? raiseAtom("python_full_version", c) : Ref.false)
        }
        switch op {
        case .equal, .lessThanOrEqual, .greaterThanOrEqual, .notEqual:
            // A version never equals unparsable text; parsable text here is a version with
            // a local label under an ordering operator, compared as text: equal only to
            // that version, when spelled so.
            var equal = Ref.false
            if !unparsable {
                equal = try and(self.literal(python, pythonLabels.intern(Self.point(literal))), opaque("python_full_version", c, negation: nil))
            }
            return Meaning(value: op == .notEqual ? not(equal) : equal, raises: Ref.false)
        case .lessThan, .greaterThan:
            return .false
        case .compatible:
            return .alwaysRaises
        case .arbitraryEqual, .in, .notIn:
            return .false
        }
    }

    /// `python_version`: the text `X.Y` of the full version's truncation.
    private func shortPythonMeaning(_ literal: String, _ op: MarkerOperator, _ variableOnLeft: Bool) -> Meaning {
        let python = variable(.python)
        func set(_ versions: VersionSet) -> Meaning {
            Meaning(value: self.literal(python, pythonLabels.intern(versions)), raises: Ref.false)
        }
        if op == .arbitraryEqual {
            guard let point = PythonVersions.point(spelled: literal.lowercased()) else { return .false }
            return set(PythonVersions.fullVersions(of: point))
        }
        if variableOnLeft {
            if let specifier = Specifier(op.rawValue + literal), let values = VersionSet(specifier) {
                return set(PythonVersions.fullVersions(whereShortIn: values))
            }
        } else if let version = Version(literal), let specifierOperator = Specifier.Operator(rawValue: op.rawValue) {
            return set(PythonVersions.fullVersions(whereLiteral: version, specifierOperator))
        }
        // String rules: the value is `X.Y` in normal form.
        let equal = PythonVersions.point(spelled: literal).map(PythonVersions.fullVersions(of:)) ?? .empty
        switch op {
        case .equal, .lessThanOrEqual, .greaterThanOrEqual: return set(equal)
        case .notEqual: return set(equal.complement)
        case .lessThan, .greaterThan, .arbitraryEqual, .in, .notIn: return .false
        case .compatible: return .alwaysRaises
        }
    }

    // MARK: Atoms

    func member(_ name: String, _ literal: String) -> UInt32 {
        let v = variable(.member(name, ByteString(literal)))
        return make(v, [(3, Ref.true), (2, Ref.false)])
    }

    /// A comparison the algebra treats as an independent Boolean: `negation` spells its
    /// complement when marker syntax can.
    func opaque(_ name: String, _ comparison: MarkerComparison, negation: MarkerComparison?) -> UInt32 {
        let text = comparison.description
        let v = variable(.opaque(name, text), positive: text, negative: negation?.description)
        return make(v, [(3, Ref.true), (2, Ref.false)])
    }

    /// Where a comparison of unmodelled shape raises.
    func raiseAtom(_ name: String, _ comparison: MarkerComparison) -> UInt32 {
        let text = comparison.description
        let v = variable(.raises(name, text), positive: text)
        return make(v, [(3, Ref.true), (2, Ref.false)])
    }
}

