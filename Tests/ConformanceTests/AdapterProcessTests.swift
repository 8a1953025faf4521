import Testing
@testable import Conformance
import JSON

@Suite("Adapters that misbehave are reported, not hung on")
struct AdapterProcessTests {
    static let request = JSONValue.object([("op", .string("version.compare")), ("left", .string("1")), ("right", .string("2"))])

    struct Misbehaviour: CustomTestStringConvertible, Sendable {
        var name: String
        var command: String
        var reason: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Misbehaviour(name: "dies", command: "read line; exit 3", reason: "the adapter exited before it answered"),
        Misbehaviour(name: "hangs", command: "read line; sleep 30", reason: "no response within 300 ms"),
        Misbehaviour(name: "garbage", command: "while read l; do echo 'hello there'; done", reason: "the adapter answered something that is not JSON"),
        Misbehaviour(name: "another id", command: #"while read l; do echo '{"id": 999, "ok": true, "result": 0}'; done"#, reason: "the adapter answered with another id"),
        Misbehaviour(name: "cannot start", command: "exec /nonexistent/adapter", reason: "the adapter exited before it answered"),
    ])
    func misbehaving(_ c: Misbehaviour) {
        let adapter = AdapterProcess(command: c.command, timeoutMilliseconds: 300)
        defer { adapter.stop() }
        switch adapter.respond(to: Self.request) {
        case .success(let response): Issue.record("expected a failure, got \(response.serialized)")
        case .failure(let failure): #expect(failure.reason.hasPrefix(c.reason), "\(failure.reason)")
        }
    }

    @Test func aWellBehavedAdapterAnswersInOrder() {
        // Echoes the id with a constant result: enough to check framing and ids.
        let command = #"while IFS= read -r l; do id=$(printf '%s' "$l" | sed 's/^{"id":\([0-9]*\).*/\1/'); printf '{"id":%s,"ok":true,"result":-1}\n' "$id"; done"#
        let adapter = AdapterProcess(command: command, timeoutMilliseconds: 5_000)
        defer { adapter.stop() }
        for _ in 0..<3 {
            switch adapter.respond(to: Self.request) {
            case .success(let response): #expect(response["result"] == JSONValue(-1))
            case .failure(let failure): Issue.record("\(failure)")
            }
        }
    }

    @Test func aDeadAdapterIsRestartedForTheNextCase() {
        // Answers one request, then exits; the runner starts it again.
        let command = #"IFS= read -r l; id=$(printf '%s' "$l" | sed 's/^{"id":\([0-9]*\).*/\1/'); printf '{"id":%s,"ok":true,"result":1}\n' "$id""#
        let adapter = AdapterProcess(command: command, timeoutMilliseconds: 5_000)
        defer { adapter.stop() }
        var answered = 0
        for _ in 0..<3 {
            if case .success = adapter.respond(to: Self.request) { answered += 1 }
        }
        #expect(answered == 3)
    }
}
