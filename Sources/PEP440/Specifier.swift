/// One version clause such as `>=1.0`, `==2.1.*` or `~=3.1`.
///
/// Matching follows the specification and agrees with pypa/packaging 26.3: zero padding of
/// release segments, prefix matching for `.*`, local labels ignored unless the clause names
/// one, `>V` excluding V's post-releases and `<V` excluding V's pre-releases, and `===` as
/// case-insensitive string equality.
public struct Specifier: Hashable, Sendable, LosslessStringConvertible {
    /// The comparison operator.
    public let `operator`: Operator
    /// The version part exactly as written, without surrounding whitespace (`1.0.*`, `v2`).
    public var versionText: String {
        // Most clauses are written in normal form (`1.20`, `2.0.*`); those keep no text
        // and print their version instead, which saves a string per parsed clause.
        guard storedText.isEmpty, hasVersion else { return storedText }
        return isWildcard ? parsedVersion.description + ".*" : parsedVersion.description
    }
    /// ``versionText``, or empty when that is the version's normal form.
    @usableFromInline let storedText: String
    /// The parsed version (without `.*`); `nil` only for `===` with text that is not a version.
    @inlinable
    public var version: Version? { hasVersion ? parsedVersion : nil }
    /// The version, or a placeholder when `hasVersion` is false. Not optional so that
    /// matching reads it in place instead of copying it out of an optional.
    @usableFromInline let parsedVersion: Version
    @usableFromInline let hasVersion: Bool
    /// Whether the clause ends in `.*` (prefix matching).
    public let isWildcard: Bool

    /// The normal form: the operator immediately followed by the version as written, as
    /// packaging's `str(Specifier)`.
    public var description: String { `operator`.rawValue + versionText }

    /// Whether the clause itself implies pre-releases, as packaging's `Specifier.prereleases`
    /// (without an override): `false` for `!=` and `==V.*`; for `===` whether the text is a
    /// pre-release version, `nil` when it is not a version; otherwise whether V is a
    /// pre-release.
    public var prereleases: Bool? {
        switch `operator` {
        case .notEqual: return false
        case .equal where isWildcard: return false
        case .arbitrary: return version?.isPrerelease
        default: return parsedVersion.isPrerelease
        }
    }

    // MARK: Matching

    /// Whether `version` satisfies this clause.
    ///
    /// With `prereleases: false` a pre-release (or dev release) never matches. With `true`
    /// or `nil` it matches when the comparison holds: a single candidate has no alternatives,
    /// so the PEP 440 rule admitting pre-releases when nothing else satisfies applies (as in
    /// packaging 26).
    @inlinable
    public func contains(_ version: Version, prereleases: Bool? = nil) -> Bool {
        if prereleases == false && version.isPrerelease { return false }
        return matches(version)
    }

    /// Like ``contains(_:prereleases:)-(Version,_)`` for unparsed text: `===` compares the
    /// text as given; every other operator parses it and never matches invalid text.
    public func contains(_ text: String, prereleases: Bool? = nil) -> Bool {
        let parsed = Version(text)
        if prereleases == false, let parsed, parsed.isPrerelease { return false }
        return matches(text: text, parsed: parsed)
    }

    /// The versions that satisfy this clause, in their original order.
    ///
    /// `prereleases: nil` defers to ``prereleases``: when the clause names a pre-release they
    /// are included; otherwise pre-releases are returned only when no final release matches.
    public func filter<S: Sequence>(_ versions: S, prereleases: Bool? = nil) -> [S.Element]
    where S.Element == Version {
        let policy = prereleases ?? (self.prereleases == true ? true : nil)
        return Specifier.applyPrereleasePolicy(versions.filter(matches), policy)
    }

    /// The candidate strings that satisfy this clause, in their original order, as
    /// packaging's `filter` of strings: `===` compares each string as written (`===foobar`
    /// keeps `foobar` and `FOOBAR`); other operators parse it and never keep text that is not
    /// a version.
    ///
    /// Pre-releases are handled as when filtering ``Version`` values, where a string that is not a
    /// version is never a pre-release and never the final release that makes
    /// `prereleases: nil` drop them.
    public func filter<S: Sequence>(_ candidates: S, prereleases: Bool? = nil) -> [S.Element]
    where S.Element: StringProtocol {
        let policy = prereleases ?? (self.prereleases == true ? true : nil)
        return Specifier.filter(candidates, policy) { matches(text: $0, parsed: $1) }
    }

    /// The candidates whose text, and version when it parses, pass `matches`, with `policy`
    /// applied.
    static func filter<S: Sequence>(
        _ candidates: S, _ policy: Bool?, _ matches: (String, Version?) -> Bool
    ) -> [S.Element] where S.Element: StringProtocol {
        var kept: [(candidate: S.Element, isPrerelease: Bool?)] = []
        for candidate in candidates {
            let text = String(candidate)
            let parsed = Version(text)
            if matches(text, parsed) { kept.append((candidate, parsed?.isPrerelease)) }
        }
        return applyPrereleasePolicy(kept, policy, isPrerelease: \.isPrerelease).map(\.candidate)
    }

    /// Applies PEP 440's pre-release handling to already matching versions.
    static func applyPrereleasePolicy(_ matches: [Version], _ policy: Bool?) -> [Version] {
        applyPrereleasePolicy(matches, policy, isPrerelease: \.isPrerelease)
    }

    /// Applies PEP 440's pre-release handling to already matching candidates; `isPrerelease`
    /// is nil for a candidate that is not a version: packaging keeps those under every
    /// policy, and does not count them as the final release that hides pre-releases.
    static func applyPrereleasePolicy<T>(_ matches: [T], _ policy: Bool?, isPrerelease: (T) -> Bool?) -> [T] {
        switch policy {
        case true?: return matches
        case false?: return matches.filter { isPrerelease($0) != true }
        case nil:
            guard matches.contains(where: { isPrerelease($0) == false }) else { return matches }
            return matches.filter { isPrerelease($0) != true }
        }
    }

    /// The comparison itself, without any pre-release policy.
    @inlinable
    func matches(_ v: Version) -> Bool {
        guard hasVersion, `operator` != .arbitrary else { return arbitraryMatches(v) }
        let spec = parsedVersion
        switch `operator` {
        case .arbitrary:
            return arbitraryMatches(v)
        case .equal:
            return isWildcard ? Version.prefixMatches(v, spec, count: spec.releaseCount) : equalMatches(v, spec)
        case .notEqual:
            return !(isWildcard ? Version.prefixMatches(v, spec, count: spec.releaseCount) : equalMatches(v, spec))
        case .greaterThanOrEqual:
            return Version.compare(v, spec) >= 0
        case .lessThanOrEqual:
            return Version.compare(v, spec) <= 0 || Version.publicEqual(v, spec)
        case .compatible:
            return Version.compare(v, spec) >= 0
                && Version.prefixMatches(v, spec, count: spec.releaseCount &- 1)
        case .lessThan:
            // `<V` excludes V's pre-releases unless V is one: compare against V.dev0, the
            // earliest of them.
            return Version.compare(v, spec.isPrerelease ? spec : spec.withDevZero()) < 0
        case .greaterThan:
            guard Version.compare(v, spec) > 0 else { return false }
            // V+local always sits right above V, so it never matches.
            if spec.isDevrelease || spec.isPostrelease { return !Version.publicEqual(v, spec) }
            // Otherwise V's post-releases (and their locals) are excluded too.
            return !Version.sameReleaseAndPre(v, spec)
        }
    }

    /// The comparison for a candidate given as text (`parsed` when it is a version): `===`
    /// compares the text as written, every other operator the version.
    func matches(text: String, parsed: Version?) -> Bool {
        if `operator` == .arbitrary { return text.lowercased() == versionText.lowercased() }
        return parsed.map(matches) ?? false
    }

    /// `===`: case-insensitive equality of the text (never inlined: it builds strings).
    @usableFromInline
    func arbitraryMatches(_ v: Version) -> Bool {
        `operator` == .arbitrary && v.description.lowercased() == versionText.lowercased()
    }

    @inlinable
    func equalMatches(_ v: Version, _ spec: Version) -> Bool {
        if spec.flags & Version.hasLocal != 0 { return Version.compare(v, spec) == 0 }
        return Version.publicEqual(v, spec)
    }

    // MARK: Equality

    /// Specifiers compare as packaging's do: `==1.0` equals `==1.0.0`; `~=` keeps trailing
    /// zeros significant; `===` and `.*` compare their text exactly.
    public static func == (lhs: Specifier, rhs: Specifier) -> Bool {
        guard lhs.operator == rhs.operator else { return false }
        if lhs.operator == .arbitrary || lhs.isWildcard || rhs.isWildcard {
            return lhs.isWildcard == rhs.isWildcard && lhs.versionText == rhs.versionText
        }
        if lhs.operator == .compatible { return lhs.version?.description == rhs.version?.description }
        return lhs.version == rhs.version
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(`operator`)
        if `operator` == .arbitrary || isWildcard {
            hasher.combine(versionText)
        } else if `operator` == .compatible {
            hasher.combine(version?.description)
        } else {
            hasher.combine(version)
        }
    }
}

extension Specifier {
    /// Parses a single specifier. Whitespace around the operator and version is allowed.
    ///
    /// - Throws: ``ParseError`` of kind ``ErrorKind/invalidSpecifier``.
    @inlinable
    public init(parsing text: some StringProtocol) throws(ParseError) {
        // Specialised in the caller: a native string goes straight to the byte parser.
        let result = UTF8Text.parse(text, Specifier.parse(utf8:))
        self = try result.get()
    }

    @usableFromInline
    static func parse(utf8 b: UnsafeBufferPointer<UInt8>) -> Result<Specifier, ParseError> {
        do throws(ParseError) {
            return .success(try Specifier.parse(b, start: 0, end: b.count))
        } catch {
            return .failure(error)
        }
    }

    /// Parses a specifier, returning `nil` when `text` is not valid.
    public init?(_ text: String) {
        guard case .success(let s) = UTF8Text.parse(text, Specifier.parse(utf8:)) else { return nil }
        self = s
    }

    // Both through the synthesised memberwise initialiser: one that assigns the fields one
    // by one made the optimiser copy the new specifier (retaining and releasing its text).
    init(operator op: Operator, versionText: String, version: Version, isWildcard: Bool) {
        self.init(operator: op, storedText: versionText, parsedVersion: version, hasVersion: true, isWildcard: isWildcard)
    }

    /// `===` with text that is not a version.
    init(operator op: Operator, versionText: String, arbitraryText: Void) {
        self.init(
            operator: op, storedText: versionText, parsedVersion: Version.placeholder, hasVersion: false,
            isWildcard: false)
    }
}
