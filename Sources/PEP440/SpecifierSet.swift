/// A comma-separated list of ``Specifier`` clauses, all of which must match
/// (`>=1.0, !=1.3.*, <2`). The empty set matches every version.
// `@unchecked`: the clause storage is a `ManagedBuffer`, which cannot be `Sendable`; it
// is never mutated once shared (see ``append(_:)``).
public struct SpecifierSet: Hashable, @unchecked Sendable, LosslessStringConvertible {
    /// The clauses in the order they were written (a new array on each call).
    public var specifiers: [Specifier] {
        withClauses { Array($0) }
    }

    /// The only clause, when the set has one in compact form (the usual set): nothing is
    /// allocated for it. Otherwise nil.
    @usableFromInline var single: CompactClause?
    /// The clauses when there are several or one that is not compact; nil otherwise (so that
    /// an empty set holds no reference).
    @usableFromInline var clauses: SpecifierClauses?

    /// The empty set, which matches every version.
    public init() {
        single = nil
        clauses = nil
    }

    /// Creates a set from clauses.
    public init(_ specifiers: [Specifier]) {
        self.init()
        for specifier in specifiers { append(specifier) }
    }

    /// Adds a clause. `package` for PEP508's parser, which builds a set clause by clause.
    package mutating func append(_ clause: consuming Specifier) {
        if let single {
            // A second clause: both go to storage, with room for a third. (Keeping the
            // first clause aside until the count is known was tried: the optional copies
            // cost more than rebuilding it.)
            self.single = nil
            clauses = SpecifierClauses.make(capacity: 3)
            clauses.unsafelyUnwrapped.append(single.specifier)
        } else if clauses == nil {
            if let compact = CompactClause(clause) {
                single = compact
                return
            }
            clauses = SpecifierClauses.make(capacity: 2)
        } else if !isKnownUniquelyReferenced(&clauses!) || clauses!.count == clauses!.room {
            clauses = clauses!.copy(capacity: 2 * clauses!.count)
        }
        clauses.unsafelyUnwrapped.append(clause)
    }

    /// Parses the clause `op b[v..<e]` (see ``Specifier/parseVersion``) and adds it. The
    /// first clause of a set, when compact, is stored without building a ``Specifier``.
    /// `package` for PEP508's parser.
    package mutating func appendClause(
        _ b: UnsafeBufferPointer<UInt8>, operator op: Specifier.Operator, from v: Int, to e: Int
    ) throws(ParseError) {
        if single == nil, clauses == nil, op != .arbitrary {
            var scanner = VersionScanner(b, start: v, end: e)
            try Specifier.scanClause(&scanner, b, operator: op, from: v, to: e)
            if let compact = CompactClause(scanner, operator: op, from: v, to: e) {
                single = compact
                return
            }
            append(Specifier(scanned: &scanner, b, operator: op, from: v, to: e, keepingText: true))
            return
        }
        append(try Specifier.parseVersion(b, operator: op, from: v, to: e, keepingText: true))
    }

    /// Calls `body` with the clauses, in place.
    @usableFromInline
    func withClauses<R>(_ body: (UnsafeBufferPointer<Specifier>) throws -> R) rethrows -> R {
        if let single {
            var clause = single.specifier
            return try withUnsafePointer(to: &clause) { try body(UnsafeBufferPointer(start: $0, count: 1)) }
        }
        guard let clauses else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try clauses.withClauses(body)
    }

    /// Parses a comma-separated list. Empty items (`>=1,,<2`, a lone `,`, blank text) are
    /// skipped, as packaging does.
    ///
    /// - Throws: ``ParseError`` of kind ``ErrorKind/invalidSpecifier`` with a span in the
    ///   whole text.
    @inlinable
    public init(parsing text: some StringProtocol) throws(ParseError) {
        // Specialised in the caller: a native string goes straight to the byte parser.
        let result = UTF8Text.parse(text, SpecifierSet.parse(utf8:))
        self = try result.get()
    }

    @usableFromInline
    static func parse(utf8 b: UnsafeBufferPointer<UInt8>) -> Result<SpecifierSet, ParseError> {
        var result = SpecifierSet()
        var start = 0
        while start <= b.count {
            var end = start
            while end < b.count && b[end] != UInt8(ascii: ",") { end += 1 }
            if UTF8Text.skipWhitespace(b, from: start, end: end) < end {
                do throws(ParseError) {
                    result.append(try Specifier.parse(b, start: start, end: end))
                } catch {
                    return .failure(error)
                }
            } else if end < b.count {
                // Clauses are separated by commas, and only the last may be empty
                // (one trailing comma, as the spec's `version_many` allows): `,>=1`
                // and `>=1,,<2` have an empty clause before a comma.
                return .failure(UTF8Text.error(
                    .invalidSpecifier, b, end, end + 1, "expected a version specifier before `,`, found `,`"))
            }
            start = end + 1
        }
        return .success(result)
    }

    /// Parses a specifier set, returning `nil` when `text` is not valid.
    public init?(_ text: String) {
        guard case .success(let s) = UTF8Text.parse(text, SpecifierSet.parse(utf8:)) else { return nil }
        self = s
    }

    /// Whether there are no clauses.
    public var isEmpty: Bool { single == nil && clauses == nil }

    /// `true` when any clause names a pre-release, else `nil` (packaging's
    /// `SpecifierSet.prereleases` without an override).
    public var prereleases: Bool? {
        withClauses { $0.contains { $0.prereleases == true } } ? true : nil
    }

    /// Whether `version` satisfies every clause; `prereleases: false` rejects pre-releases
    /// and dev releases, `nil` and `true` accept them when the clauses do.
    @inlinable
    public func contains(_ version: Version, prereleases: Bool? = nil) -> Bool {
        if prereleases == false && version.isPrerelease { return false }
        // Through the buffer, so that each clause is read in place rather than copied.
        return withClauses { clauses in
            for i in clauses.indices where !clauses[i].matches(version) { return false }
            return true
        }
    }

    /// Like ``contains(_:prereleases:)-(Version,_)`` for unparsed text, so that `===`
    /// clauses compare the text as given.
    public func contains(_ text: String, prereleases: Bool? = nil) -> Bool {
        let parsed = Version(text)
        if prereleases == false, let parsed, parsed.isPrerelease { return false }
        return withClauses { $0.allSatisfy { $0.matches(text: text, parsed: parsed) } }
    }

    /// The versions that satisfy every clause, in their original order.
    ///
    /// `prereleases: nil` defers to ``prereleases``: pre-releases are included when a clause
    /// names one, otherwise only when no final release matches (also for the empty set).
    public func filter<S: Sequence>(_ versions: S, prereleases: Bool? = nil) -> [S.Element]
    where S.Element == Version {
        let matches = withClauses { clauses in versions.filter { v in clauses.allSatisfy { $0.matches(v) } } }
        return Specifier.applyPrereleasePolicy(matches, prereleases ?? self.prereleases)
    }

    /// The candidate strings that satisfy every clause, in their original order, as
    /// packaging's `filter` of strings: a `===` clause compares each string as written
    /// (PEP 440's escape hatch: `===foobar` keeps `foobar`), the other clauses parse it and
    /// never keep text that is not a version, and the empty set keeps every string.
    ///
    /// Pre-releases are handled as when filtering ``Version`` values, where a string that is not a
    /// version is never a pre-release and never the final release that makes
    /// `prereleases: nil` drop them.
    public func filter<S: Sequence>(_ candidates: S, prereleases: Bool? = nil) -> [S.Element]
    where S.Element: StringProtocol {
        withClauses { clauses in
            Specifier.filter(candidates, prereleases ?? self.prereleases) { text, parsed in
                clauses.allSatisfy { $0.matches(text: text, parsed: parsed) }
            }
        }
    }

    /// The clauses as packaging orders them for `str()`, equality and hashing: a single
    /// clause as is; several sorted by their text and without duplicates.
    var canonicalSpecifiers: [Specifier] {
        guard specifiers.count > 1 else { return specifiers }
        let sorted = specifiers.map { ($0.description, $0) }.sorted {
            // Code point order, as Python compares strings.
            $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars)
        }
        var result: [Specifier] = []
        var seen = Set<Specifier>()
        for (_, spec) in sorted where seen.insert(spec).inserted { result.append(spec) }
        return result
    }

    /// The clauses joined by `,` in packaging's order, as `str(SpecifierSet)`.
    public var description: String {
        canonicalSpecifiers.map(\.description).joined(separator: ",")
    }

    public static func == (lhs: SpecifierSet, rhs: SpecifierSet) -> Bool {
        lhs.canonicalSpecifiers == rhs.canonicalSpecifiers
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(canonicalSpecifiers)
    }
}
