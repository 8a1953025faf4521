import JSON
import PEP508
/// How one case went.
public enum CaseOutcome: Sendable, Equatable {
    case passed
    /// The response matched none of the acceptable ones.
    case failed(actual: JSONValue)
    /// The implementation answered `unsupported` for the operation.
    case unsupported
    /// The adapter died, timed out or answered something that is not a response.
    case broken(reason: String)

    /// Judges `response` against the case's expectations.
    ///
    /// Error responses match on `kind`; the span is compared only when both
    /// the expectation and the response give one, and messages never are,
    /// because their wording belongs to each implementation.
    public static func judge(_ response: JSONValue, against expectations: [JSONValue]) -> CaseOutcome {
        if response["ok"]?.boolValue == false, response["error"]?["kind"]?.stringValue == "unsupported" {
            return .unsupported
        }
        for expected in expectations where matches(response, expected) {
            return .passed
        }
        return .failed(actual: stripped(response))
    }

    static func matches(_ response: JSONValue, _ expected: JSONValue) -> Bool {
        guard let ok = response["ok"]?.boolValue, ok == expected["ok"]?.boolValue else { return false }
        if ok, let meaning = expected["meaning"] {
            guard let text = response["result"]?["normalized"]?.stringValue else { return false }
            return means(text, meaning)
        }
        if ok {
            guard let result = response["result"], let want = expected["result"] else { return false }
            return result == want
        }
        guard let kind = response["error"]?["kind"]?.stringValue,
              kind == expected["error"]?["kind"]?.stringValue else { return false }
        if let wantSpan = expected["error"]?["span"], !wantSpan.isNull,
           let span = response["error"]?["span"], !span.isNull {
            return span == wantSpan
        }
        return true
    }

    /// Whether marker `text` (empty: always true) evaluates to the expected truth value
    /// (`true`, `false` or `"error"`) in each listed environment, with the spec's rules as
    /// `PEP508` implements them.
    static func means(_ text: String, _ meaning: JSONValue) -> Bool {
        guard let environments = meaning["environments"]?.arrayValue, let truth = meaning["truth"]?.arrayValue,
            environments.count == truth.count,
            let context = try? ProtocolOperations.markerContext(meaning["context"])
        else { return false }
        let marker: Marker?
        if text.allSatisfy({ $0 == " " }) {
            marker = nil
        } else {
            guard let parsed = try? Marker(parsing: text) else { return false }
            marker = parsed
        }
        for (environment, want) in zip(environments, truth) {
            guard let env = try? ProtocolOperations.markerEnvironment(environment) else { return false }
            let got: JSONValue
            if let marker {
                do { got = .bool(try marker.evaluate(in: env, context: context)) } catch { got = .string("error") }
            } else {
                got = .bool(true)
            }
            if got != want { return false }
        }
        return true
    }

    /// The response without its `id`, for reports.
    static func stripped(_ response: JSONValue) -> JSONValue {
        guard case .object(let members) = response else { return response }
        return .object(members.filter { $0.0 != "id" })
    }
}
