/// A JSON value that keeps object key order and numbers as their source text.
///
/// pepcheck's machine-readable output (lint JSON and SARIF, the conformance
/// protocol and reports) must be byte-for-byte stable, so objects keep the order
/// their members were given in. The adapter protocol carries version numbers of
/// any length (`release` is a list of JSON integers), and Foundation's
/// `JSONSerialization` both rounds big integers and confuses `true` with `1` on
/// Linux, so pepcheck reads and writes JSON itself.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number kept as its JSON text, e.g. `"12"` or `"1e3"`.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return JSONValue.numbersEqual(a, b)
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            // Objects compare as maps: key order is presentation, not meaning. A key given
            // more than once keeps its values in order (lookups read the first), so that
            // equality stays reflexive and agrees with `hash(into:)`.
            guard a.count == b.count else { return false }
            return JSONValue.membersByKey(a) == JSONValue.membersByKey(b)
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(b)
        case .number(let n): hasher.combine(JSONValue.canonicalNumber(n))
        case .string(let s): hasher.combine(s)
        case .array(let a): hasher.combine(a)
        case .object(let o):
            // Order-independent, to agree with ==.
            var sum = 0
            for (k, v) in o {
                var h = Hasher()
                h.combine(k)
                h.combine(v)
                sum &+= h.finalize()
            }
            hasher.combine(sum)
        }
    }

    private static func membersByKey(_ members: [(String, JSONValue)]) -> [String: [JSONValue]] {
        var byKey: [String: [JSONValue]] = [:]
        for (key, value) in members { byKey[key, default: []].append(value) }
        return byKey
    }

    /// Integers compare by value whatever their length; anything else by text.
    private static func numbersEqual(_ a: String, _ b: String) -> Bool {
        canonicalNumber(a) == canonicalNumber(b)
    }

    private static func canonicalNumber(_ text: String) -> String {
        var digits = Substring(text)
        var negative = false
        if digits.first == "-" { negative = true; digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return text }
        let trimmed = digits.drop(while: { $0 == "0" })
        if trimmed.isEmpty { return "0" }
        return (negative ? "-" : "") + trimmed
    }
}

extension JSONValue {
    public init(_ int: Int) { self = .number(String(int)) }

    /// An optional string as a string or `null`.
    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    /// The member `key` of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first(where: { $0.0 == key })?.1
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
