import Host
import JSON
import PEP508

/// `eval --variants host|FILE`: values for PEP 825's `variant_*` markers, which describe the
/// selected wheel and are unset by default.
enum VariantSelection {
    struct Error: Swift.Error, CustomStringConvertible {
        var description: String
    }

    /// `host`: every property this machine supports, so `"x :: y :: z" in variant_properties` is
    /// true when some variant this machine can install has that property. Otherwise a file: a
    /// wheel's `variant.json` (PEP 825, one label under `variants`), or
    /// `namespace :: feature :: value` lines (`pepcheck env --format variants`).
    static func apply(_ argument: String, choice: HostChoice, to environment: inout MarkerEnvironment) throws {
        var label: String?
        var properties: [String]
        if argument == "host" {
            properties = VariantProviders.properties(try choice.detector().detect())
        } else {
            guard let bytes = LiveWorld().read(argument, limit: 64 << 20) else {
                throw Error(description: "cannot read the variants file `\(argument)`")
            }
            (label, properties) = try parse(bytes, path: argument)
        }
        var features: Set<String> = []
        var namespaces: Set<String> = []
        for property in properties {
            let parts = property.split(separator: "::").map { $0.trimmingASCIIWhitespace() }
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else {
                throw Error(description: "expected `namespace :: feature :: value`, found `\(property)`")
            }
            features.insert("\(parts[0]) :: \(parts[1])")
            namespaces.insert(parts[0])
        }
        environment["variant_properties"] = .set(Set(properties))
        environment["variant_features"] = .set(features)
        environment["variant_namespaces"] = .set(namespaces)
        if let label { environment["variant_label"] = .string(label) }
    }

    static func parse(_ bytes: [UInt8], path: String) throws -> (label: String?, properties: [String]) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.trimmingASCIIWhitespace().hasPrefix("{") else {
            return (nil, text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmingASCIIWhitespace() }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") })
        }
        let document: JSONValue
        do { document = try JSONParser.parse(bytes: bytes) } catch { throw Error(description: "\(path): \(error)") }
        guard case .object(let variants)? = document["variants"], variants.count == 1, let (label, namespaces) = variants.first,
              case .object(let byNamespace) = namespaces else {
            throw Error(description: "\(path): expected a wheel's variant.json with one label under `variants`")
        }
        var properties: [String] = []
        for (namespace, featureTable) in byNamespace {
            guard case .object(let features) = featureTable else { throw Error(description: "\(path): expected features of `\(namespace)`") }
            for (feature, values) in features {
                for value in values.arrayValue ?? [] {
                    guard let value = value.stringValue else { throw Error(description: "\(path): expected string values of `\(feature)`") }
                    properties.append("\(namespace) :: \(feature) :: \(value)")
                }
            }
        }
        return (label, properties)
    }
}

extension StringProtocol {
    fileprivate func trimmingASCIIWhitespace() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).reversed()
            .drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).reversed())
    }
}
