import PEP440

/// A specifier set on the first line, candidate versions on the others (at most 8), and
/// more candidates derived from the set's own versions (so that the boundaries, where
/// the rules for pre-, post- and local releases apply, are always tried).
///
/// A set that parses prints to text that parses back to an equal set with the same
/// text and the same meaning. `contains` agrees with the clauses one by one, with
/// `filter` (of versions, and of strings, which `===` compares as written), with the
/// unparsed-text overload, with the same clauses stored another way,
/// and with the equivalences PEP 440 states: `~=V` is `>=V, ==V'.*`; `!=` is the negation
/// of `==`; `==`, `>=` and `<=` ignore a candidate's local label unless the clause has
/// one; `<V` and `>V` match only below and above V.
enum SpecifierTarget {
    static let policies: [Bool?] = [nil, true, false]

    static func run(_ bytes: [UInt8]) {
        let input = lines(bytes, limit: 9)
        let text = input[0]
        guard let set = parsed(text, kinds: ["invalid-specifier"], "specifier set", { text throws(ParseError) in try SpecifierSet(parsing: text) }, optional: SpecifierSet.init)
        else { return }
        let again = roundTrip(set, from: text) { text throws(ParseError) in try SpecifierSet(parsing: text) }
        let printed = set.description

        let clauses = set.specifiers
        for clause in clauses {
            roundTrip(clause, from: text) { text throws(ParseError) in try Specifier(parsing: text) }
        }
        // The same clauses twice: never the one-compact-clause storage.
        let doubled = SpecifierSet(clauses + clauses)
        require(doubled == set, "\(text.debugDescription): the set with each clause twice is a different set")

        var texts = Array(input.dropFirst())
        for clause in clauses { texts += derived(from: clause) }
        // Enough for the clauses of a typical set; more only slows each input down.
        texts = Array(texts.prefix(32))
        var candidates: [(String, Version)] = []
        for candidate in texts {
            if let version = Version(candidate) { candidates.append((candidate, version)) }
        }
        let versions = candidates.map(\.1)
        let hasArbitrary = clauses.contains { $0.operator == .arbitrary }

        for (index, (candidateText, v)) in candidates.enumerated() {
            for p in policies {
                let inSet = set.contains(v, prereleases: p)
                // `prereleases: false` excludes pre-releases even from the empty set.
                let excluded = p == false && v.isPrerelease
                require(inSet == (!excluded && clauses.allSatisfy { $0.contains(v, prereleases: p) }),
                        "\(text.debugDescription) contains \(v) (prereleases \(String(describing: p))): \(inSet), its clauses disagree")
                require(again.contains(v, prereleases: p) == inSet, "\(printed.debugDescription) and \(text.debugDescription) disagree on \(v)")
                require(doubled.contains(v, prereleases: p) == inSet, "\(text.debugDescription) with doubled clauses disagrees on \(v)")
                require(set.filter([v], prereleases: p) == (inSet ? [v] : []),
                        "\(text.debugDescription): filter([\(v)]) disagrees with contains (\(inSet)), prereleases \(String(describing: p))")
                // One policy per candidate for the text overload, which parses the text again.
                if !hasArbitrary && p == policies[index % policies.count] {
                    require(set.contains(candidateText, prereleases: p) == inSet,
                            "\(text.debugDescription): contains(text: \(candidateText.debugDescription)) disagrees with contains(version)")
                }
            }
            for clause in clauses { checkEquivalences(clause, v) }
        }

        // filter == the candidates that contains accepts, then PEP 440's pre-release rule;
        // for strings too, where text that is no version is neither a pre-release nor a
        // final release (as packaging's filter of strings).
        let matchingVersions = versions.filter { set.contains($0, prereleases: true) }
        let matchingTexts = texts.indices.filter { set.contains(texts[$0], prereleases: true) }
        let parsedTexts = texts.map { Version($0) }
        for p in policies {
            let policy = p ?? set.prereleases
            let expected = preReleaseRule(matchingVersions, policy, isPrerelease: { $0.isPrerelease }, isFinal: { !$0.isPrerelease })
            let filtered = set.filter(versions, prereleases: p)
            require(filtered.count == expected.count && zip(filtered, expected).allSatisfy { $0.description == $1.description },
                    "\(text.debugDescription).filter(\(versions), prereleases \(String(describing: p))) = \(filtered), expected \(expected)")
            let expectedTexts = preReleaseRule(matchingTexts, policy,
                                               isPrerelease: { parsedTexts[$0]?.isPrerelease ?? false },
                                               isFinal: { parsedTexts[$0].map { !$0.isPrerelease } ?? false }).map { texts[$0] }
            let filteredTexts = set.filter(texts, prereleases: p)
            require(filteredTexts == expectedTexts,
                    "\(text.debugDescription).filter(\(texts), prereleases \(String(describing: p))) = \(filteredTexts), expected \(expectedTexts)")
        }
    }

    /// PEP 440's pre-release rule over what the clauses accept: `true` keeps them all,
    /// `false` drops pre-releases, `nil` drops them only when a final release is left.
    static func preReleaseRule<T>(
        _ matching: [T], _ policy: Bool?, isPrerelease: (T) -> Bool, isFinal: (T) -> Bool
    ) -> [T] {
        switch policy {
        case true?: return matching
        case false?: return matching.filter { !isPrerelease($0) }
        case nil: return matching.contains(where: isFinal) ? matching.filter { !isPrerelease($0) } : matching
        }
    }

    /// Candidates next to a clause's version: itself, its public and base versions, and
    /// the base with each kind of suffix.
    static func derived(from clause: Specifier) -> [String] {
        guard let v = clause.version else { return [clause.versionText] }
        let base = v.baseVersion.description
        return [v.description, v.publicVersion.description, base, base + ".dev0", base + "a1", base + "rc1.dev1",
                base + ".post1", base + ".post1.dev0", base + "+local.7", base + ".0", base + ".1",
                v.description + ".post1", v.publicVersion.description + "+1"]
    }

    static func checkEquivalences(_ clause: Specifier, _ v: Version) {
        guard clause.operator != .arbitrary, let spec = clause.version else { return }
        let matches = clause.contains(v, prereleases: true)
        let shown = "\(clause) on \(v)"
        // Written with the same version: every clause that parses with one operator
        // parses with `==` and `!=` (they allow the most).
        if clause.operator == .notEqual || clause.operator == .equal {
            let other = (clause.operator == .equal ? "!=" : "==") + clause.versionText
            guard let negation = Specifier(other) else { violated("\(clause) parses but \(other) does not") }
            require(negation.contains(v, prereleases: true) == !matches, "\(shown): != is not the negation of ==")
        }
        let hasLocal = spec.local != nil
        switch clause.operator {
        case .compatible:
            let epoch = spec.epoch.isZero ? "" : "\(spec.epoch)!"
            let prefix = spec.release.dropLast().map(\.description).joined(separator: ".")
            let equivalent = ">=\(clause.versionText), ==\(epoch)\(prefix).*"
            guard let set = SpecifierSet(equivalent) else { violated("\(clause) parses but its equivalent \(equivalent) does not") }
            require(set.contains(v, prereleases: true) == matches, "\(shown): \(matches), but \(equivalent) says \(!matches)")
        case .equal where !clause.isWildcard:
            let expected = hasLocal ? v == spec : v.publicVersion == spec
            require(matches == expected, "\(shown): \(matches), expected \(expected)")
        case .greaterThanOrEqual:
            require(matches == (v.publicVersion >= spec), "\(shown): \(matches), expected \(!matches)")
        case .lessThanOrEqual:
            require(matches == (v.publicVersion <= spec), "\(shown): \(matches), expected \(!matches)")
        case .lessThan:
            if matches { require(v.publicVersion < spec, "\(shown): matches but is not below") }
            if v.publicVersion < spec && !v.isPrerelease { require(matches, "\(shown): a final release below does not match") }
        case .greaterThan:
            if matches { require(v.publicVersion > spec, "\(shown): matches but is not above") }
            if v > spec && !v.isPostrelease && v.local == nil { require(matches, "\(shown): a release above does not match") }
        default:
            break
        }
    }
}
