#if canImport(Glibc)
import Glibc
#endif
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
        var fatal = false
        var testDescription: String { name }
    }

    @Test(arguments: [
        Misbehaviour(name: "dies", command: "read line; exit 3", reason: "the adapter exited before it answered"),
        Misbehaviour(name: "hangs", command: "read line; sleep 30", reason: "no response within 300 ms"),
        Misbehaviour(name: "garbage", command: "while read l; do echo 'hello there'; done", reason: "the adapter answered something that is not JSON"),
        Misbehaviour(name: "another id", command: #"while read l; do echo '{"id": 999, "ok": true, "result": 0}'; done"#, reason: "the adapter answered with another id"),
        Misbehaviour(name: "cannot start", command: "exec /nonexistent/adapter",
                     reason: "cannot start the adapter `exec /nonexistent/adapter`: the shell exited with status 127 (command not found)",
                     fatal: true),
        Misbehaviour(name: "not executable", command: "exec /etc/hostname",
                     reason: "cannot start the adapter `exec /etc/hostname`: the shell exited with status 126 (not executable)",
                     fatal: true),
        Misbehaviour(name: "never reads, never answers", command: "exec sleep 30",
                     reason: "no response within 300 ms"),
        Misbehaviour(name: "never reads, floods its output", command: "exec yes",
                     reason: "the adapter answered something that is not JSON"),
    ])
    func misbehaving(_ c: Misbehaviour) {
        if c.name == "not executable" && getuid() == 0 { return }
        let adapter = AdapterProcess(command: c.command, timeoutMilliseconds: 300)
        defer { adapter.stop() }
        switch adapter.respond(to: Self.request) {
        case .success(let response): Issue.record("expected a failure, got \(response.serialized)")
        case .failure(let failure):
            #expect(failure.reason.hasPrefix(c.reason), "\(failure.reason)")
            #expect(failure.isFatal == c.fatal)
        }
    }

    /// A request larger than a pipe holds, to an adapter that never reads: the write
    /// itself must be bounded by the case's time limit (it blocked forever in write(2)).
    @Test func aRequestThatIsNeverReadCostsTheTimeout() {
        let adapter = AdapterProcess(command: "exec sleep 30", timeoutMilliseconds: 200)
        defer { adapter.stop() }
        let large = JSONValue.object([("op", .string("version.parse")), ("input", .string(String(repeating: "1", count: 1 << 20)))])
        let start = ContinuousClock.now
        switch adapter.respond(to: large) {
        case .success(let response): Issue.record("expected a failure, got \(response.serialized)")
        case .failure(let failure):
            #expect(failure.reason == "the adapter did not read the request within 200 ms")
            #expect(!failure.isFatal)
        }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    /// An adapter that dies on every request is started again five times, then the
    /// failure is fatal (it was restarted once per case: 15,510 times).
    @Test func theRestartCapEndsTheRun() {
        let adapter = AdapterProcess(command: "read line; exit 3", timeoutMilliseconds: 2_000)
        defer { adapter.stop() }
        var reasons: [String] = []
        var fatal: AdapterFailure?
        for _ in 0..<10 {
            switch adapter.respond(to: Self.request) {
            case .success(let response): Issue.record("expected a failure, got \(response.serialized)")
            case .failure(let failure) where failure.isFatal: fatal = failure
            case .failure(let failure): reasons.append(failure.reason)
            }
            if fatal != nil { break }
        }
        #expect(reasons == Array(repeating: "the adapter exited before it answered", count: AdapterProcess.maximumRestarts + 1))
        #expect(fatal?.reason == "the adapter `read line; exit 3` exited 6 times; stopped after 5 restarts")
    }

    @Test func aFatalFailureEndsTheRun() throws {
        struct Dying: ConformanceImplementation {
            var name: String { "dying" }
            var answered = 0
            mutating func respond(to request: JSONValue) -> Result<JSONValue, AdapterFailure> {
                answered += 1
                if answered == 3 { return .failure(AdapterFailure("gone", isFatal: true)) }
                return .failure(AdapterFailure("broken"))
            }
        }
        let cases = (1...10).map {
            ConformanceCase(id: "t/\($0)", topic: "t", request: Self.request, expectations: [.object([("ok", .bool(true))])])
        }
        var implementation = Dying()
        let run = ConformanceRun.run(ConformanceSuite(topics: ["t"], cases: cases), against: &implementation)
        #expect(run.results.count == 2)
        #expect(run.aborted == AdapterFailure("gone", isFatal: true))
        #expect(implementation.answered == 3)
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
