import ArgumentParser
import Conformance

struct ConformanceServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Answer the JSON Lines adapter protocol on standard input and output.",
        discussion: "One request per line in, one response per line out, in order, flushed after each line. See Conformance/README.md."
    )

    func run() throws {
        let server = ProtocolServer()
        while let line = readLine(strippingNewline: true) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let response = server.respond(toLine: line)
            try Output.write(response.serialized + "\n")
            try Output.flush()
        }
    }
}
