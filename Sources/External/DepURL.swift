import PEP440

/// A PEP 725 DepURL: `dep:type/namespace/name@version?qualifiers#subpath`.
///
/// Parsing follows the PURL specification for each component (type lower-cased,
/// namespace segments and name percent-decoded, qualifier keys lower-cased and sorted,
/// subpath segments cleaned of `.`/`..`), with PEP 725's two changes: the `virtual`
/// type (namespaces `compiler` and `interface`, names lower-cased) and version ranges
/// limited to `>=`, `>`, `<`, `<=`, `==` joined with `,` (see ``DepURLVersion``).
///
/// Case rules, decided here (SPEC.md): the type is always lower-cased; for `virtual`
/// the namespace and name are lower-cased too; for the PURL types whose specification
/// declares names case-insensitive (`github`, `gitlab`, `bitbucket`, `pypi` and a few
/// more) the namespace and name are lower-cased (and `pypi` names use `-` for `_`);
/// every other type, `generic` included, is case-sensitive. Equality compares the
/// normalised components, so `dep:GitHub/AbiWord/Enchant == dep:github/abiword/enchant`.
public struct DepURL: Hashable, Sendable, LosslessStringConvertible {
    /// The lower-cased package type, such as `generic`, `virtual`, `github`.
    public var type: String
    /// The decoded namespace segments; empty when there is no namespace.
    public var namespace: [String]
    /// The decoded name.
    public var name: String
    /// The version or version range after `@`.
    public var version: DepURLVersion?
    /// Decoded qualifier values by lower-cased key.
    public var qualifiers: [String: String]
    /// The decoded subpath segments.
    public var subpath: [String]

    /// Parses and normalises a DepURL. Spans in errors are Unicode scalar offsets of `text`.
    public init(parsing text: some StringProtocol) throws(ParseError) {
        let text = String(text)
        if let plain = Self.parsePlain(text) {
            self = plain
            return
        }
        self = try DepURLParser(Array(text.unicodeScalars), base: 0).parse()
    }

    init(type: String, namespace: [String], name: String, version: DepURLVersion?,
         qualifiers: [String: String], subpath: [String]) {
        self.type = type
        self.namespace = namespace
        self.name = name
        self.version = version
        self.qualifiers = qualifiers
        self.subpath = subpath
    }

    public init?(_ description: String) {
        guard let parsed = try? DepURL(parsing: description) else { return nil }
        self = parsed
    }

    /// True for `dep:virtual/...` identifiers.
    public var isVirtual: Bool { type == "virtual" }

    /// The same DepURL without its version: the key mapping tables are indexed by.
    public var withoutVersion: DepURL {
        var copy = self
        copy.version = nil
        return copy
    }

    /// Only type, namespace and name: the fallback key when qualifiers or a subpath
    /// make the full identifier unknown to a table.
    public var packageIdentity: DepURL {
        DepURL(type: type, namespace: namespace, name: name, version: nil, qualifiers: [:], subpath: [])
    }

    /// The canonical form. Components are percent-encoded as PURL does, except that the
    /// version keeps PEP 725's operators (`<`, `>`, `=`, `,`) literal as PEP 725 writes them.
    public var description: String {
        var out = "dep:" + type + "/"
        for segment in namespace { out += PercentEncoding.encode(segment) + "/" }
        out += PercentEncoding.encode(name)
        if let version { out += "@" + PercentEncoding.encode(version.description, extraSafe: Self.versionSafe) }
        if !qualifiers.isEmpty {
            out += "?" + qualifiers.sorted { $0.key < $1.key }
                .map { $0.key + "=" + PercentEncoding.encode($0.value, extraSafe: [UInt8(ascii: "/")]) }
                .joined(separator: "&")
        }
        if !subpath.isEmpty { out += "#" + subpath.map { PercentEncoding.encode($0) }.joined(separator: "/") }
        return out
    }

    private static let versionSafe: Set<UInt8> = Set("<>=,".utf8)

    /// Hashes the name only: equal DepURLs have equal names, and ids that share a name
    /// (`dep:generic/zlib`, `dep:github/madler/zlib`) are few, where hashing the type and
    /// namespace too would double the cost of every lookup in tables of thousands of ids.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }
}
