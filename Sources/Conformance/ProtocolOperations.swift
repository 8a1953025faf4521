import PEP440
import PEP508
import JSON

/// The operations of the adapter protocol, and the JSON shapes of their
/// results, which `pepcheck parse --json` shares.
public enum ProtocolOperations {
    static func perform(_ op: String, _ request: JSONValue) throws(ProtocolError) -> JSONValue {
        switch op {
        case "version.parse":
            return versionResult(try version(request, "input"))
        case "version.compare":
            let left = try version(request, "left")
            let right = try version(request, "right")
            return JSONValue(left < right ? -1 : left == right ? 0 : 1)
        case "specifier.parse":
            return .object([("normalized", .string(try specifierSet(request, "input").description))])
        case "specifier.contains":
            // The candidate as text, as packaging takes it: `===foobar` contains `foobar`;
            // other operators never contain text that is not a version.
            let set = try specifierSet(request, "specifier")
            return .bool(set.contains(try string(request, "version"), prereleases: try prereleases(request)))
        case "specifier.filter":
            let set = try specifierSet(request, "specifier")
            guard let items = request["versions"]?.arrayValue else {
                throw ProtocolError(kind: "bad-request", message: "expected `versions` to be a list of strings")
            }
            var texts: [String] = []
            for item in items {
                guard let text = item.stringValue else {
                    throw ProtocolError(kind: "bad-request", message: "expected `versions` to be a list of strings")
                }
                texts.append(text)
            }
            return .array(set.filter(texts, prereleases: try prereleases(request)).map(JSONValue.string))
        case "requirement.parse":
            let text = try string(request, "input")
            do {
                return requirementResult(try Requirement(parsing: text))
            } catch {
                throw ProtocolError(error)
            }
        case "marker.parse":
            let text = try string(request, "input")
            do {
                return .object([("normalized", .string(try Marker(parsing: text).description))])
            } catch {
                throw ProtocolError(error)
            }
        case "marker.evaluate":
            let text = try string(request, "marker")
            let marker: Marker
            do { marker = try Marker(parsing: text) } catch { throw ProtocolError(error) }
            let environment = try markerEnvironment(request["environment"])
            let context = try markerContext(request["context"])
            do {
                return .bool(try marker.evaluate(in: environment, context: context))
            } catch {
                throw ProtocolError(error)
            }
        case _ where algebraOperations.contains(op):
            return try algebraResult(op, request)
        default:
            throw ProtocolError(kind: "unknown-op", message: "expected a known operation, found `\(op)`")
        }
    }

    /// `{normalized, public, base_version, epoch, release, pre, post, dev, local, is_prerelease, is_postrelease, is_devrelease}`.
    public static func versionResult(_ v: Version) -> JSONValue {
        .object([
            ("normalized", .string(v.description)),
            ("public", .string(v.publicVersion.description)),
            ("base_version", .string(v.baseVersion.description)),
            ("epoch", .number(v.epoch.description)),
            ("release", .array(v.release.map { .number($0.description) })),
            ("pre", v.pre.map { .array([.string($0.kind.rawValue), .number($0.number.description)]) } ?? .null),
            ("post", v.post.map { .number($0.description) } ?? .null),
            ("dev", v.dev.map { .number($0.description) } ?? .null),
            ("local", v.local.map { .string($0) } ?? .null),
            ("is_prerelease", .bool(v.isPrerelease)),
            ("is_postrelease", .bool(v.isPostrelease)),
            ("is_devrelease", .bool(v.isDevrelease)),
        ])
    }

    /// `{name, extras (sorted), specifier, url, marker, normalized}`.
    public static func requirementResult(_ r: Requirement) -> JSONValue {
        .object([
            ("name", .string(r.name)),
            ("extras", .array(r.extras.sorted().map { .string($0) })),
            ("specifier", .string(r.specifier.description)),
            ("url", r.url.map { .string($0) } ?? .null),
            ("marker", r.marker.map { .string($0.description) } ?? .null),
            ("normalized", .string(r.description)),
        ])
    }

    /// A marker environment from `{name: string or [string]}`.
    public static func markerEnvironment(_ value: JSONValue?) throws(ProtocolError) -> MarkerEnvironment {
        guard let value, case .object(let members) = value else {
            throw ProtocolError(kind: "bad-request", message: "expected `environment` to be an object")
        }
        var environment = MarkerEnvironment()
        for (name, item) in members {
            switch item {
            case .string(let text):
                environment[name] = .string(text)
            case .array(let items):
                var set = Set<String>()
                for element in items {
                    guard let text = element.stringValue else {
                        throw ProtocolError(kind: "bad-request", message: "expected `\(name)` to hold strings")
                    }
                    set.insert(text)
                }
                environment[name] = .set(set)
            default:
                throw ProtocolError(kind: "bad-request", message: "expected `\(name)` to be a string or a list of strings, found \(item.serialized)")
            }
        }
        return environment
    }

    static func markerContext(_ value: JSONValue?) throws(ProtocolError) -> MarkerContext {
        switch value?.stringValue {
        case nil, "metadata": return .metadata
        case "lock_file": return .lockFile
        case "requirement": return .requirement
        case let other?:
            throw ProtocolError(kind: "bad-request", message: "expected `context` to be metadata, lock_file or requirement, found `\(other)`")
        }
    }

    private static func string(_ request: JSONValue, _ key: String) throws(ProtocolError) -> String {
        guard let text = request[key]?.stringValue else {
            throw ProtocolError(kind: "bad-request", message: "expected a string `\(key)`")
        }
        return text
    }

    private static func version(_ request: JSONValue, _ key: String) throws(ProtocolError) -> Version {
        let text = try string(request, key)
        do { return try Version(parsing: text) } catch { throw ProtocolError(error) }
    }

    private static func specifierSet(_ request: JSONValue, _ key: String) throws(ProtocolError) -> SpecifierSet {
        let text = try string(request, key)
        do { return try SpecifierSet(parsing: text) } catch { throw ProtocolError(error) }
    }

    private static func prereleases(_ request: JSONValue) throws(ProtocolError) -> Bool? {
        switch request["prereleases"] {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        default: throw ProtocolError(kind: "bad-request", message: "expected `prereleases` to be true, false or null")
        }
    }
}
