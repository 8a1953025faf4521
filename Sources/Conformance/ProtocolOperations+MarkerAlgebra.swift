import JSON
import MarkerAlgebra
import PEP440
import PEP508

/// The marker-algebra operations of the adapter protocol (Conformance/README.md):
/// `marker.and`, `marker.or`, `marker.not`, `marker.simplify` → `{normalized}`, and
/// `marker.is_always_true`, `marker.is_always_false`, `marker.implies`,
/// `marker.disjoint` → a Boolean. Markers are read in the metadata context (`extra` one
/// name) with a fresh algebra per request.
extension ProtocolOperations {
    static let algebraOperations: Set<String> = [
        "marker.and", "marker.or", "marker.not", "marker.simplify", "marker.is_always_true",
        "marker.is_always_false", "marker.implies", "marker.disjoint",
    ]

    static func algebraResult(_ op: String, _ request: JSONValue) throws(ProtocolError) -> JSONValue {
        let algebra = MarkerAlgebra()
        func condition(_ key: String) throws(ProtocolError) -> (Marker, MarkerCondition) {
            guard let text = request[key]?.stringValue else {
                throw ProtocolError(kind: "bad-request", message: "expected a string `\(key)`")
            }
            let marker: Marker
            do { marker = try Marker(parsing: text) } catch { throw ProtocolError(kind: "invalid-marker", message: error.message, span: (error.span.start, error.span.end)) }
            return (marker, try run { () throws(AlgebraError) in try algebra.condition(marker) })
        }
        func normalized(_ c: MarkerCondition, fallback: String?) throws(ProtocolError) -> JSONValue {
            do {
                return .object([("normalized", .string(try algebra.render(c)))])
            } catch {
                guard error.kind == .notExpressible, let fallback else { throw ProtocolError(kind: error.kind.rawValue, message: error.message) }
                return .object([("normalized", .string(fallback))])
            }
        }
        switch op {
        case "marker.and", "marker.or":
            let (left, a) = try condition("left")
            let (right, b) = try condition("right")
            let joined = op == "marker.and" ? left.and(right) : left.or(right)
            let result = try run { () throws(AlgebraError) in op == "marker.and" ? try a.and(b) : try a.or(b) }
            return try normalized(result, fallback: joined.description)
        case "marker.not":
            let (_, m) = try condition("input")
            return try normalized(try run { () throws(AlgebraError) in try m.negated() }, fallback: nil)
        case "marker.simplify":
            let (marker, _) = try condition("input")
            var requiresPython: SpecifierSet? = nil
            switch request["requires_python"] {
            case nil, .null?: break
            case .string(let text)?:
                do { requiresPython = try SpecifierSet(parsing: text) } catch { throw ProtocolError(error) }
            default: throw ProtocolError(kind: "bad-request", message: "expected `requires_python` to be a string or null")
            }
            let simplified = try run { () throws(AlgebraError) in try algebra.simplify(marker, requiresPython: requiresPython) }
            return .object([("normalized", .string(simplified?.description ?? ""))])
        case "marker.is_always_true":
            return .bool(try condition("input").1.isAlwaysTrue)
        case "marker.is_always_false":
            return .bool(try condition("input").1.isAlwaysFalse)
        case "marker.implies":
            let (_, a) = try condition("left")
            let (_, b) = try condition("right")
            return .bool(try run { () throws(AlgebraError) in try a.implies(b) })
        default:
            let (_, a) = try condition("left")
            let (_, b) = try condition("right")
            return .bool(try run { () throws(AlgebraError) in try a.isDisjoint(with: b) })
        }
    }

    private static func run<T>(_ body: () throws(AlgebraError) -> T) throws(ProtocolError) -> T {
        do { return try body() } catch { throw ProtocolError(kind: error.kind.rawValue, message: error.message) }
    }
}
