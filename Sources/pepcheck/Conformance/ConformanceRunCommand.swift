import ArgumentParser
import Conformance
import PEP440
import Reports
import SystemIO

struct ConformanceRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the conformance suite against pepcheck or another implementation's adapter."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, junit }

    @Option(name: .long, help: "The adapter command, started once (e.g. \"python3 Conformance/adapters/packaging_adapter.py\"). Without it, pepcheck runs in process.")
    var adapter: String?

    @Option(name: .long, help: "The suite directory.")
    var suite: String = "Conformance/suite"

    @Option(name: .long, parsing: .upToNextOption, help: "Run only these topics.")
    var select: [String] = []

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Option(name: .long, help: "Write the report to this file instead of standard output: a regular file (or a symbolic link's target) is replaced atomically, a FIFO or character device is written directly, anything else is refused.")
    var output: String?

    @Option(name: .long, help: "Milliseconds for each case of an adapter: writing the request and reading the response.")
    var timeout: Int32 = 5_000

    func run() throws {
        let loaded: ConformanceSuite
        do {
            loaded = try ConformanceSuite.load(directory: suite, select: select.isEmpty ? nil : Set(select))
        } catch {
            Output.error("error: \(error)\n")
            throw ExitCode(ExitStatus.usage)
        }
        let unknown = Set(select).subtracting(loaded.topics)
        if !unknown.isEmpty {
            Output.error("error: no such topic: \(unknown.sorted().joined(separator: ", "))\n")
            throw ExitCode(ExitStatus.usage)
        }
        // A run of nothing would pass: a wrong --suite must not read as conformance.
        if loaded.cases.isEmpty {
            Output.error("error: expected conformance cases in `\(TerminalText.sanitized(suite))`, found none\n")
            throw ExitCode(ExitStatus.usage)
        }
        let progress = ProgressLine(total: loaded.cases.count)
        let result: ConformanceRun
        if let adapter {
            var implementation = AdapterProcess(command: adapter, timeoutMilliseconds: timeout)
            result = ConformanceRun.run(loaded, against: &implementation, progress: progress.update)
            implementation.stop()
        } else {
            var implementation = ProtocolServer()
            result = ConformanceRun.run(loaded, against: &implementation, progress: progress.update)
        }
        progress.finish()
        if let aborted = result.aborted {
            Output.error("error: \(aborted.reason)\n")
            throw ExitCode(ExitStatus.usage)
        }

        let text: String
        switch format {
        case .text: text = result.textReport()
        case .json: text = result.jsonReport.prettyPrinted + "\n"
        case .junit: text = try result.junitReport().xml()
        }
        if let output {
            do {
                try AtomicFile.write(Array(text.utf8), to: output)
            } catch {
                Output.error("error: \(error.message)\n")
                throw ExitCode(ExitStatus.usage)
            }
        } else {
            try Output.write(text)
        }
        if result.total.failed > 0 { throw ExitCode(ExitStatus.findings) }
    }
}
