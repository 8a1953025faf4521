#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import SystemIO
import Testing

@Suite struct InteractiveProcessTests {
    typealias Failure = InteractiveProcess.Failure

    struct ExchangeCase: CustomTestStringConvertible, Sendable {
        var name: String
        var script: String
        var message: [UInt8] = Array("ping\n".utf8)
        var lineLimit = 1 << 20
        var result: Result<String, Failure>
        var testDescription: String { name }
    }

    @Test(arguments: [
        ExchangeCase(name: "answers a line", script: #"read l; echo "got $l"; sleep 5"#, result: .success("got ping")),
        ExchangeCase(name: "exits before answering", script: "read l; exit 1", result: .failure(.endOfOutput)),
        ExchangeCase(name: "half a line, then exits", script: "read l; printf 'half'", result: .failure(.endOfOutput)),
        ExchangeCase(name: "never answers", script: "read l; sleep 5", result: .failure(.timedOut(writing: false))),
        ExchangeCase(name: "never reads a message larger than a pipe", script: "sleep 5",
                     message: [UInt8](repeating: 0x61, count: 1 << 20) + [0x0A], result: .failure(.timedOut(writing: true))),
        ExchangeCase(name: "closes its input first", script: "exec 0<&-; sleep 5",
                     message: [UInt8](repeating: 0x61, count: 1 << 20) + [0x0A], result: .failure(.inputClosed)),
        ExchangeCase(name: "a line longer than the limit", script: "head -c 100000 /dev/zero; sleep 5", lineLimit: 1_000,
                     result: .failure(.lineTooLong)),
        ExchangeCase(name: "floods output without reading", script: "exec yes", result: .success("y")),
    ])
    func exchange(_ c: ExchangeCase) throws {
        let process = try InteractiveProcess(["/bin/sh", "-c", c.script])
        defer { process.stop(graceMilliseconds: 50) }
        let result = process.exchange(c.message, timeoutMilliseconds: 300, lineLimit: c.lineLimit)
            .map { String(decoding: $0, as: UTF8.self) }
        #expect(result == c.result)
    }

    @Test func linesThatComeTogetherAreKeptForTheNextExchange() throws {
        let process = try InteractiveProcess(["/bin/sh", "-c", "read l; printf 'one\\ntwo\\n'; read l; read l; echo three"])
        defer { process.stop() }
        #expect(try process.exchange(Array("a\n".utf8), timeoutMilliseconds: 2_000).get() == Array("one".utf8))
        #expect(try process.exchange(Array("b\n".utf8), timeoutMilliseconds: 2_000).get() == Array("two".utf8))
        #expect(try process.exchange(Array("c\n".utf8), timeoutMilliseconds: 2_000).get() == Array("three".utf8))
        #expect(process.stop() == .exited(0))
    }

    @Test func stopEndsTheWholeGroup() throws {
        let process = try InteractiveProcess(["/bin/sh", "-c", "trap '' TERM; sleep 30 & echo $!; wait"])
        let line = try process.exchange([], timeoutMilliseconds: 2_000).get()
        let grandchild = try #require(Int32(String(decoding: line, as: UTF8.self)))
        #expect(process.stop(graceMilliseconds: 50) == .signalled(SIGKILL))
        #expect(processEnds(grandchild))
        #expect(process.hasExited)
    }
}
