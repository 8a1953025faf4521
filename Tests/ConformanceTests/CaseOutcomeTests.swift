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

    static let meaning = #"{"ok":true,"meaning":{"context":"metadata","environments":[{"python_full_version":"3.9.0rc1","python_version":"3.9","sys_platform":"linux"},{"python_full_version":"3.10.1","python_version":"3.10","sys_platform":"linux"},{"python_full_version":"3.10.1","python_version":"3.10","sys_platform":"win32"}],"truth":[false,true,false]}}"#

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
        Judgement(name: "meaning: any text with the right truth table", response: #"{"id":1,"ok":true,"result":{"normalized":"python_full_version >= '3.9' and sys_platform == 'linux'"}}"#,
                  expectations: [#"MEANING"#], outcome: "passed"),
        Judgement(name: "meaning: a pre-release interpreter tells them apart", response: #"{"id":1,"ok":true,"result":{"normalized":"python_version >= \"3.9\" and sys_platform == \"linux\""}}"#,
                  expectations: [#"MEANING"#], outcome: "failed"),
        Judgement(name: "meaning: the empty marker is always true", response: #"{"id":1,"ok":true,"result":{"normalized":""}}"#,
                  expectations: [#"MEANING"#], outcome: "failed"),
        Judgement(name: "meaning: text that is no marker", response: #"{"id":1,"ok":true,"result":{"normalized":"<empty>"}}"#,
                  expectations: [#"MEANING"#], outcome: "failed"),
        Judgement(name: "meaning: no normalized text", response: #"{"id":1,"ok":true,"result":true}"#,
                  expectations: [#"MEANING"#], outcome: "failed"),
        Judgement(name: "meaning: an error where an evaluation raises", response: #"{"id":1,"ok":true,"result":{"normalized":"sys_platform ~= 'x'"}}"#,
                  expectations: [#"{"ok":true,"meaning":{"context":"metadata","environments":[{"sys_platform":"linux"}],"truth":["error"]}}"#], outcome: "passed"),
    ])
    func judge(_ c: Judgement) throws {
        let response = try JSONParser.parse(c.response)
        let expectations = try c.expectations.map { try JSONParser.parse($0 == "MEANING" ? Self.meaning : $0) }
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
