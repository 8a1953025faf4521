import Testing
@testable import Conformance
import JSON

@Suite("Judging responses")
struct CaseOutcomeTests {
    struct Judgement: CustomTestStringConvertible, Sendable {
        var name: String
        var response: String
        var expectations: [String]
        var outcome: String  // passed, failed, unsupported
        var testDescription: String { name }
    }

    @Test(arguments: [
        Judgement(name: "equal result", response: #"{"id":1,"ok":true,"result":true}"#,
                  expectations: [#"{"ok":true,"result":true}"#], outcome: "passed"),
        Judgement(name: "different result", response: #"{"id":1,"ok":true,"result":false}"#,
                  expectations: [#"{"ok":true,"result":true}"#], outcome: "failed"),
        Judgement(name: "any of several", response: #"{"id":1,"ok":false,"error":{"kind":"undefined-comparison","message":"m","span":null}}"#,
                  expectations: [#"{"ok":true,"result":false}"#, #"{"ok":false,"error":{"kind":"undefined-comparison"}}"#], outcome: "passed"),
        Judgement(name: "kind differs", response: #"{"id":1,"ok":false,"error":{"kind":"invalid-marker","message":"m","span":null}}"#,
                  expectations: [#"{"ok":false,"error":{"kind":"invalid-requirement"}}"#], outcome: "failed"),
        Judgement(name: "span compared when both give one", response: #"{"id":1,"ok":false,"error":{"kind":"invalid-requirement","message":"m","span":[3,4]}}"#,
                  expectations: [#"{"ok":false,"error":{"kind":"invalid-requirement","span":[4,5]}}"#], outcome: "failed"),
        Judgement(name: "null span is not held against", response: #"{"id":1,"ok":false,"error":{"kind":"invalid-requirement","message":"m","span":null}}"#,
                  expectations: [#"{"ok":false,"error":{"kind":"invalid-requirement","span":[4,5]}}"#], outcome: "passed"),
        Judgement(name: "messages never compared", response: #"{"id":1,"ok":false,"error":{"kind":"invalid-version","message":"anything","span":[0,1]}}"#,
                  expectations: [#"{"ok":false,"error":{"kind":"invalid-version","message":"other","span":[0,1]}}"#], outcome: "passed"),
        Judgement(name: "unsupported", response: #"{"id":1,"ok":false,"error":{"kind":"unsupported","message":"no","span":null}}"#,
                  expectations: [#"{"ok":true,"result":1}"#], outcome: "unsupported"),
        Judgement(name: "ok where an error is expected", response: #"{"id":1,"ok":true,"result":{"normalized":"x"}}"#,
                  expectations: [#"{"ok":false,"error":{"kind":"invalid-marker"}}"#], outcome: "failed"),
        Judgement(name: "missing ok", response: #"{"id":1,"result":true}"#,
                  expectations: [#"{"ok":true,"result":true}"#], outcome: "failed"),
    ])
    func judge(_ c: Judgement) throws {
        let response = try JSONParser.parse(c.response)
        let expectations = try c.expectations.map { try JSONParser.parse($0) }
        let outcome = CaseOutcome.judge(response, against: expectations)
        switch (outcome, c.outcome) {
        case (.passed, "passed"), (.failed, "failed"), (.unsupported, "unsupported"): break
        default: Issue.record("expected \(c.outcome), got \(outcome)")
        }
        if case .failed(let actual) = outcome {
            #expect(actual["id"] == nil, "reports leave out the runner's id")
        }
    }
}
