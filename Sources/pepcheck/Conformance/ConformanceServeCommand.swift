import ArgumentParser
import Conformance
import JSON
import SystemIO

struct ConformanceServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer the JSON Lines adapter protocol on standard input and output.",
        discussion: "One request per line in, one response per line out, in order, flushed after each line. A line that is not one JSON object in UTF-8 (blank, invalid UTF-8, invalid JSON, a duplicate key, longer than 16 MiB) is answered with a bad-request error. See Conformance/README.md."
    )

    func run() throws {
        let server = ProtocolServer()
        var lines = LineReader(limit: ProtocolServer.maximumLineLength)
        while let line = try lines.next() {
            let response: JSONValue
            switch line {
            case .line(let bytes): response = server.respond(toLine: bytes)
            case .tooLong(let length): response = ProtocolServer.lineTooLong(length: length)
            }
            try Output.write(response.serialized + "\n")
            try Output.flush()
        }
    }
}
