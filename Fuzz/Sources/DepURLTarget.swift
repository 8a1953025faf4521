import External
import PEP440

/// A PEP 725 DepURL. One that parses prints in canonical form, which parses back to an
/// equal DepURL with the same text; its version range agrees, clause by clause, with
/// the PEP 440 specifiers it stands for; dropping the version or everything but the
/// identity gives DepURLs that round-trip too. Errors have kind `invalid-depurl`,
/// `unsupported-version-operator` or (a bad version) a PEP 440 kind, and a span inside
/// the input.
enum DepURLTarget {
    static func run(_ bytes: [UInt8]) {
        let source = text(bytes)
        // A bad version keeps the PEP 440 kind of its clause (ExternalTests pins the span).
        let kinds: Set<String> = ["invalid-depurl", "unsupported-version-operator", "invalid-version", "invalid-specifier"]
        guard let url = parsed(source, kinds: kinds, "DepURL", { text throws(ParseError) in try DepURL(parsing: text) }, optional: DepURL.init)
        else { return }
        let shown = source.debugDescription
        require(url.type == url.type.lowercased(), "\(shown): type \(url.type.debugDescription) is not lower-case")
        for form in [url, url.withoutVersion, url.packageIdentity] {
            roundTrip(form, from: source) { text throws(ParseError) in try DepURL(parsing: text) }
        }
        require(url.withoutVersion.version == nil && url.packageIdentity.qualifiers.isEmpty && url.packageIdentity.subpath.isEmpty,
                "\(shown): withoutVersion or packageIdentity keeps a part")
        require(url.isVirtual == (url.type == "virtual"), "\(shown): isVirtual disagrees with the type")
        guard let version = url.version else { return }
        require(!version.constraints.isEmpty, "\(shown): a version without constraints")
        require(!version.isBare || (version.constraints.count == 1 && version.constraints[0].op == .equal),
                "\(shown): a bare version with \(version.constraints)")
        // The range is the conjunction of its clauses as PEP 440 specifiers.
        let clauses = version.constraints.map { Specifier($0.description) }
        for (constraint, clause) in zip(version.constraints, clauses) {
            require(clause != nil, "\(shown): constraint \(constraint) is not a PEP 440 specifier")
        }
        var candidates: [Version] = []
        for constraint in version.constraints {
            guard let v = Version(constraint.version) else { violated("\(shown): constraint version \(constraint.version.debugDescription) does not parse") }
            candidates += [v, v.baseVersion]
            for suffix in [".post1", ".dev0", "a1", ".1"] { if let w = Version(v.baseVersion.description + suffix) { candidates.append(w) } }
        }
        for v in candidates {
            let expected = clauses.allSatisfy { $0!.contains(v, prereleases: true) }
            require(version.specifiers.contains(v, prereleases: true) == expected,
                    "\(shown): the range says \(!expected) for \(v), its clauses \(expected)")
        }
    }
}
