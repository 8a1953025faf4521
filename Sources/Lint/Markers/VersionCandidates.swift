import PEP440

/// Versions to test a specifier set against, to decide whether any version at all
/// satisfies it.
///
/// `SpecifierSet` answers membership only, so emptiness is decided on a finite set of
/// witnesses: each bound, versions just below and above it (`1.4.999`, `1.4.5.1`,
/// `1.5`, `2`), its pre- and post-releases, and the extremes. Between two
/// consecutive witnesses no clause changes its answer, so if none matches, none
/// matches at all (up to the exotic: local versions and `===`, which are skipped).
enum VersionCandidates {
    /// The clauses of a canonical specifier set (`>=1.0,<2`) as (operator, version text).
    static func clauses(_ specifiers: String) -> [(op: String, version: String)] {
        specifiers.split(separator: ",").compactMap { clause in
            let trimmed = clause.trimmingSpaces
            let op = trimmed.prefix { "<>=!~".contains($0) }
            let version = trimmed.dropFirst(op.count).trimmingSpaces
            return op.isEmpty || version.isEmpty ? nil : (String(op), String(version))
        }
    }

    /// Whether no version satisfies `specifiers` (a canonical specifier set text).
    /// `nil` when it cannot tell (`===`, unparsable parts).
    static func isUnsatisfiable(_ specifiers: String) -> Bool? {
        guard let set = try? SpecifierSet(parsing: specifiers) else { return nil }
        return isUnsatisfiable(set)
    }

    /// Whether no version satisfies `set`; `nil` when it cannot tell (`===`, empty).
    static func isUnsatisfiable(_ set: SpecifierSet) -> Bool? {
        let clauses = set.specifiers
        guard !clauses.isEmpty, !clauses.contains(where: { $0.operator == .arbitrary }) else { return nil }
        // Lower bounds and exclusions alone always leave the versions above them,
        // and one `==`/`~=` clause is met by its own version: no witnesses needed
        // for the sets nearly every project writes.
        if clauses.allSatisfy({ clause in
            switch clause.operator {
            case .greaterThanOrEqual, .greaterThan, .notEqual: true
            default: false
            }
        }) { return false }
        if clauses.count == 1, clauses[0].operator == .equal || clauses[0].operator == .compatible { return false }
        // A clause's own version is the first witness to try: `>=1.2,<2` holds 1.2.
        if clauses.contains(where: { clause in clause.version.map { set.contains($0, prereleases: true) } ?? false }) {
            return false
        }
        let witnesses = witnesses(for: clauses.map(\.versionText))
        guard !witnesses.isEmpty else { return nil }
        return !witnesses.contains { set.contains($0, prereleases: true) }
    }

    /// The witnesses of `set`'s own clauses that satisfy it; nil when it cannot tell
    /// (`===`, empty). Empty exactly when ``isUnsatisfiable(_:)-(SpecifierSet)`` is true.
    ///
    /// The witnesses of two sets together are those of each, so two satisfiable sets have
    /// a version in common exactly when one set's satisfying witnesses meet the other set
    /// (``overlap(_:_:_:_:)``): each set's witnesses are made once, not once per pair.
    static func satisfyingWitnesses(_ set: SpecifierSet) -> [Version]? {
        let clauses = set.specifiers
        guard !clauses.isEmpty, !clauses.contains(where: { $0.operator == .arbitrary }) else { return nil }
        return witnesses(for: clauses.map(\.versionText)).filter { set.contains($0, prereleases: true) }
    }

    /// Whether `a` and `b` surely have a version in common, shown without witnesses: both
    /// bounded from below only (`>=`, `>`, `!=`: the versions above every bound satisfy
    /// both), or a version one of them names satisfies both (`>=1.2` and `<2` share 1.2).
    /// False means only "not shown"; ``overlap(_:_:_:_:)`` decides.
    static func surelyOverlap(_ a: SpecifierSet, _ b: SpecifierSet) -> Bool {
        func fromBelow(_ set: SpecifierSet) -> Bool {
            set.specifiers.allSatisfy { clause in
                switch clause.operator {
                case .greaterThanOrEqual, .greaterThan, .notEqual: true
                default: false
                }
            }
        }
        if fromBelow(a), fromBelow(b) { return true }
        return (a.specifiers + b.specifiers).contains { clause in
            guard let version = clause.version else { return false }
            return a.contains(version, prereleases: true) && b.contains(version, prereleases: true)
        }
    }

    /// Whether some version satisfies both `a` and `b`, given each one's
    /// ``satisfyingWitnesses(_:)``.
    static func overlap(_ a: SpecifierSet, _ aWitnesses: [Version], _ b: SpecifierSet, _ bWitnesses: [Version]) -> Bool {
        aWitnesses.contains { b.contains($0, prereleases: true) } || bWitnesses.contains { a.contains($0, prereleases: true) }
    }

    static func witnesses(for versions: [String]) -> [Version] {
        var texts: Set<String> = ["0", "0.dev0", "99999", "99999.post1"]
        for written in versions {
            let base = written.hasSuffix(".*") ? String(written.dropLast(2)) : written
            guard let version = Version(base) else { continue }
            // Release numbers of any size: PEP 440 puts no bound on them, and one past
            // `Int.max` trapped here (the lint fuzz target's soak found `p<9223372036854775807`).
            let epoch = version.epoch.isZero ? "" : version.epoch.description + "!"
            let release = version.release
            guard !release.isEmpty else { continue }
            let plain = epoch + join(release)
            texts.formUnion([version.description, plain, plain + ".dev0", plain + "a0", plain + ".post1", plain + ".1"])
            for length in 1...release.count {
                let prefix = Array(release.prefix(length))
                texts.insert(epoch + join(prefix))
                var up = prefix
                up[length - 1] = up[length - 1].successor
                texts.insert(epoch + join(up))
                if let below = prefix[length - 1].predecessor {
                    var down = prefix
                    down[length - 1] = below
                    texts.insert(epoch + join(down) + ".999")
                }
            }
        }
        return texts.compactMap { Version($0) }
    }

    private static func join(_ parts: [VersionNumber]) -> String {
        parts.map(\.description).joined(separator: ".")
    }
}

private extension StringProtocol {
    var trimmingSpaces: Substring {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }
}
