import Conformance
import JSON

/// One line of the conformance protocol. The JSON parser reads it or fails at an offset
/// inside it; what it reads serialises (compactly and pretty-printed) to text that reads
/// back to the same value and the same text, and the strict parser rejects it exactly
/// when a key is repeated. The server answers every line with a response that is valid
/// JSON: the request's `id`, `ok`, and either a `result` or an error with a known kind, a
/// message and a span; a line the strict parser rejects gets a `bad-request` with a null
/// id, any other line the response its parsed value gets.
/// Operations keep their own laws: `version.compare` is antisymmetric, `version.parse`
/// is idempotent on its normal form, `specifier.filter` returns a subsequence of its input.
enum ProtocolTarget {
    /// The server holds no state; a fresh one per use keeps the global `Sendable`.
    static var server: ProtocolServer { ProtocolServer() }
    static let errorKinds: Set<String> = [
        "bad-request", "unknown-op", "invalid-version", "invalid-specifier", "invalid-requirement",
        "invalid-marker", "undefined-comparison", "undefined-environment-name",
    ]

    static func run(_ bytes: [UInt8]) {
        let lineResponse = server.respond(toLine: bytes)
        checkResponse(lineResponse, id: nil)
        let request: JSONValue
        do {
            request = try JSONParser.parse(bytes: bytes)
        } catch {
            require(error.offset >= 0 && error.offset <= bytes.count && !error.message.isEmpty,
                    "JSON error at \(error.offset) outside the input of \(bytes.count) bytes: \(error.message)")
            requireBadRequest(lineResponse, "a line that is not JSON")
            return
        }
        let strict = try? JSONParser.parse(bytes: bytes, rejectingDuplicateKeys: true)
        require((strict == nil) == hasRepeatedKey(request), "the strict parser disagrees with the repeated keys of \(request.serialized)")
        let compact = request.serialized
        for printed in [compact, request.prettyPrinted] {
            do {
                let again = try JSONParser.parse(printed)
                require(again == request, "\(printed.debugDescription) reads back as a different value")
                require(again.serialized == compact, "\(compact.debugDescription) reserialises as \(again.serialized.debugDescription)")
            } catch {
                violated("serialised JSON \(printed.debugDescription) does not parse: \(error)")
            }
        }
        let response = server.response(to: request)
        checkResponse(response, id: request["id"] ?? .null)
        if strict == nil {
            requireBadRequest(lineResponse, "a line with a repeated key")
        } else {
            require(lineResponse == response, "the line \(compact.debugDescription) and its parsed value get different responses")
        }
        guard response["ok"]?.boolValue == true, let op = request["op"]?.stringValue, case .object(let members) = request else { return }
        let result = response["result"]!
        switch op {
        case "version.compare":
            let swapped = JSONValue.object(members.map { key, value in
                (key == "left" ? "right" : key == "right" ? "left" : key, value)
            })
            let reverse = server.response(to: swapped)["result"]
            require(reverse == JSONValue(-(Int(result.numberText ?? "") ?? 99)), "version.compare \(compact): \(result), swapped \(String(describing: reverse))")
        case "version.parse":
            guard let normalized = result["normalized"] else { violated("version.parse without `normalized`") }
            let again = server.response(to: .object([("op", .string("version.parse")), ("input", normalized)]))
            require(again["result"] == result, "version.parse of the normal form \(normalized) gives \(again.serialized)")
        case "specifier.filter":
            let inputs = request["versions"]?.arrayValue ?? []
            var rest = inputs[...]
            for kept in result.arrayValue ?? [] {
                guard let index = rest.firstIndex(of: kept) else { violated("specifier.filter \(compact) returned \(kept), not in order in its input") }
                rest = rest[(index + 1)...]
            }
        default:
            break
        }
    }

    static func requireBadRequest(_ response: JSONValue, _ what: String) {
        require(response["ok"] == .bool(false) && response["id"] == .null && response["error"]?["kind"] == .string("bad-request"),
                "\(what) gets \(response.serialized), expected a bad-request with a null id")
    }

    static func hasRepeatedKey(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let items): return items.contains(where: hasRepeatedKey)
        case .object(let members):
            return Set(members.map(\.0)).count != members.count || members.contains { hasRepeatedKey($0.1) }
        default: return false
        }
    }

    static func checkResponse(_ response: JSONValue, id: JSONValue?) {
        guard case .object = response, let ok = response["ok"]?.boolValue else { violated("a response without `ok`: \(response.serialized)") }
        if let id { require(response["id"] == id, "response id \(String(describing: response["id"])) for request id \(id)") }
        if ok {
            require(response["result"] != nil, "an ok response without `result`: \(response.serialized)")
        } else {
            guard let error = response["error"], let kind = error["kind"]?.stringValue, let message = error["message"]?.stringValue else {
                violated("an error response without kind or message: \(response.serialized)")
            }
            require(errorKinds.contains(kind) && !message.isEmpty, "error kind \(kind.debugDescription) or empty message: \(response.serialized)")
            switch error["span"] {
            case .null?: break
            case .array(let bounds)? where bounds.count == 2:
                let start = Int(bounds[0].numberText ?? ""), end = Int(bounds[1].numberText ?? "")
                require(start != nil && end != nil && 0 <= start! && start! <= end!, "error span \(bounds) is not two ordered offsets")
            default: violated("error span is neither null nor a pair: \(response.serialized)")
            }
        }
        do {
            require(try JSONParser.parse(response.serialized) == response, "the response does not read back: \(response.serialized)")
        } catch {
            violated("the response is not valid JSON (\(error)): \(response.serialized.debugDescription)")
        }
    }
}

extension JSONValue {
    var numberText: String? {
        if case .number(let text) = self { return text }
        return nil
    }
}
