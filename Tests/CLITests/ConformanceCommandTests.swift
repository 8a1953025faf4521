import Foundation
import SystemIO
import Testing

@Suite("pepcheck conformance serve and run")
struct ConformanceCommandTests {
    @Test func serveAnswersEachLineInOrderAndSurvivesGarbage() throws {
        let input = """
            {"id": 1, "op": "version.compare", "left": "1.0", "right": "1.0.post1"}
            this is not json
            {"id": "two", "op": "marker.parse", "input": "os.name=='nt'"}

            {"id": 3, "op": "requirement.parse", "input": "name["}
            """
        let output = try PepcheckProcess.run(["conformance", "serve"], stdin: input + "\n")
        #expect(output.status == 0)
        #expect(output.stderr == "")
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0] == #"{"id":1,"ok":true,"result":-1}"#)
        #expect(lines[1].hasPrefix(#"{"id":null,"ok":false,"error":{"kind":"bad-request","#))
        #expect(lines[2] == #"{"id":"two","ok":true,"result":{"normalized":"os_name == \"nt\""}}"#)
        #expect(lines[3] == #"{"id":null,"ok":false,"error":{"kind":"bad-request","message":"expected a JSON object on one line, found an empty line","span":null}}"#)
        #expect(lines[4] == #"{"id":3,"ok":false,"error":{"kind":"invalid-requirement","message":"expected an extra name, found end of input","span":[5,5]}}"#)
    }

    /// Blank lines, invalid UTF-8, duplicate keys and a line past 16 MiB each get a
    /// bad-request, and the server goes on (#12 item 9).
    @Test func serveAnswersEveryBadLine() throws {
        let compare = Array(#"{"id":1,"op":"version.compare","left":"1","right":"2"}"#.utf8)
        var input: [UInt8] = []
        for line in [
            compare, [], Array(#"{"id":2,"op":"version.parse","input":"1"#.utf8) + [0xC3, 0x28, 0x22, 0x7D],
            Array(#"{"id":3,"op":"version.parse","op":"version.compare","left":"1","right":"2"}"#.utf8),
            Array(#"{"id":4,"op":"version.parse","input":""#.utf8) + [UInt8](repeating: 0x31, count: 17 << 20) + [0x22, 0x7D],
            compare,
        ] { input += line + [0x0A] }
        let output = try ChildProcess.run([PepcheckProcess.binary.path, "conformance", "serve"], input: input,
                                          timeoutMilliseconds: 60_000)
        #expect(output.termination == .exited(0))
        let lines = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"id":1,"ok":true,"result":-1}"#,
            #"{"id":null,"ok":false,"error":{"kind":"bad-request","message":"expected a JSON object on one line, found an empty line","span":null}}"#,
            #"{"id":null,"ok":false,"error":{"kind":"bad-request","message":"expected a JSON object on one line: expected UTF-8 text in a string, found byte 0xC3 at byte 39","span":null}}"#,
            #"{"id":null,"ok":false,"error":{"kind":"bad-request","message":"expected a JSON object on one line: expected each key once in an object, found `op` again at byte 29","span":null}}"#,
            #"{"id":null,"ok":false,"error":{"kind":"bad-request","message":"expected a request line of at most 16777216 bytes (16 MiB), found 17825832 bytes","span":null}}"#,
            #"{"id":1,"ok":true,"result":-1}"#,
        ])
    }

    @Test func runThroughTheAdapterProtocolMatchesInProcess() throws {
        let adapter = "\(PepcheckProcess.binary.path) conformance serve"
        let viaAdapter = try PepcheckProcess.run(["conformance", "run", "--adapter", adapter, "--select", "marker-parse", "requirement-parse", "--format", "json"])
        let inProcess = try PepcheckProcess.run(["conformance", "run", "--select", "marker-parse", "requirement-parse", "--format", "json"])
        #expect(viaAdapter.status == 0)
        #expect(inProcess.status == 0)
        // Only the implementation's name differs.
        #expect(viaAdapter.stdout.replacingOccurrences(of: adapter, with: "pepcheck") == inProcess.stdout)
        #expect(inProcess.stdout.contains(#""failed": 0"#))
    }

    @Test func aBrokenAdapterIsReportedAndTheRunFails() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let marker = directory.appendingPathComponent("started").path
        // Dies on its first request; started again, it answers every other one.
        let adapter = #"if [ ! -e "$1" ]; then : > "$1"; read l; exit 0; fi; while IFS= read -r l; do l=${l#'{"id":'}; printf '{"id":%s,"ok":true,"result":0}\n' "${l%%,*}"; done"#
        let script = directory.appendingPathComponent("adapter.sh").path
        try (adapter + "\n").write(toFile: script, atomically: true, encoding: .utf8)
        let output = try PepcheckProcess.run(["conformance", "run", "--adapter", "sh \(script) \(marker)", "--select", "marker-parse",
                                              "--timeout", "2000", "--format", "json"])
        #expect(output.status == 1)
        #expect(output.stdout.components(separatedBy: "(the adapter exited before it answered)").count == 1)
        #expect(output.stdout.components(separatedBy: #""broken": "the adapter exited before it answered""#).count == 2)
    }

    /// A suite folder without topics is an error: a run of no case passed (exit 0).
    @Test func aSuiteWithoutCasesIsAnError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-empty-suite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = try PepcheckProcess.run(["conformance", "run", "--suite", directory.path])
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == "error: expected conformance cases in `\(directory.path)`, found none\n")
    }

    /// Runs pepcheck under a time limit: these adapters used to hang the runner or
    /// restart once per case for minutes.
    static func runBounded(_ arguments: [String]) throws -> (termination: ChildProcess.Termination, stdout: String, stderr: String) {
        let suite = PepcheckProcess.packageRoot.appendingPathComponent("Conformance/suite").path
        let output = try ChildProcess.run([PepcheckProcess.binary.path, "conformance", "run", "--suite", suite] + arguments,
                                          timeoutMilliseconds: 60_000)
        return (output.termination, String(decoding: output.stdout, as: UTF8.self), String(decoding: output.stderr, as: UTF8.self))
    }

    struct FatalAdapter: CustomTestStringConvertible, Sendable {
        var adapter: String
        var error: String
        var testDescription: String { adapter }
    }

    @Test(arguments: [
        FatalAdapter(adapter: "/nonexistent/x",
                     error: "error: cannot start the adapter `/nonexistent/x`: the shell exited with status 127 (command not found)\n"),
        FatalAdapter(adapter: "exit 0", error: "error: the adapter `exit 0` exited 6 times; stopped after 5 restarts\n"),
        FatalAdapter(adapter: "read l; kill -9 $$", error: "error: the adapter `read l; kill -9 $$` exited 6 times; stopped after 5 restarts\n"),
    ])
    func anAdapterThatCannotGoOnEndsTheRunAtOnce(_ c: FatalAdapter) throws {
        let output = try Self.runBounded(["--adapter", c.adapter, "--timeout", "2000"])
        #expect(output.termination == .exited(2))
        #expect(output.stdout == "")
        #expect(output.stderr.hasSuffix(c.error))
        // The shell's own complaint comes once, not once per case.
        #expect(output.stderr.split(separator: "\n").count <= 2)
    }

    @Test func anAdapterThatNeverReadsIsBoundedByTheTimeout() throws {
        let output = try Self.runBounded(["--adapter", "yes", "--select", "version-parse", "--timeout", "200", "--format", "json"])
        #expect(output.termination == .exited(1))
        #expect(output.stdout.contains("the adapter answered something that is not JSON"))
        #expect(output.stdout.contains(#""passed": 0"#))
    }

    /// SIGINT and SIGTERM to the runner end the adapter's process group (it has a
    /// group of its own, so a Ctrl-C reached only the runner and the adapter lived on).
    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalToTheRunnerEndsTheAdapter(_ signalNumber: Int32) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-signal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pidFile = directory.appendingPathComponent("adapter.pid").path
        let process = Process()
        process.executableURL = PepcheckProcess.binary
        process.currentDirectoryURL = PepcheckProcess.packageRoot
        process.arguments = ["conformance", "run", "--select", "version-parse", "--timeout", "30000",
                             "--adapter", "sleep 30 & echo $! > \(pidFile).part; mv \(pidFile).part \(pidFile); wait"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let started = Date()
        while !FileManager.default.fileExists(atPath: pidFile) && Date().timeIntervalSince(started) < 30 { usleep(10_000) }
        let text = (try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? ""
        let grandchild = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(process.processIdentifier, signalNumber)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signalNumber)
        #expect(processEnds(grandchild))
    }

    @Test func anUnknownTopicIsAUsageError() throws {
        let output = try PepcheckProcess.run(["conformance", "run", "--select", "nothing-like-this"])
        #expect(output.status == 2)
        #expect(output.stderr == "error: no such topic: nothing-like-this\n")
    }

    @Test func junitGoesToAFileAtomically() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-junit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("report.xml").path
        let output = try PepcheckProcess.run(["conformance", "run", "--select", "marker-parse", "--format", "junit", "--output", path])
        #expect(output.status == 0)
        #expect(output.stdout == "")
        let xml = try String(contentsOfFile: path, encoding: .utf8)
        #expect(xml.hasPrefix("<?xml"))
        #expect(xml.contains(#"<testsuite name="marker-parse""#))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.xml"])
    }
}

/// Whether process `pid` is gone (or a zombie its new parent has not reaped yet),
/// waiting up to two seconds.
func processEnds(_ pid: pid_t) -> Bool {
    let end = Date().addingTimeInterval(2)
    repeat {
        if kill(pid, 0) != 0 { return true }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        if let close = stat.lastIndex(of: ")"), stat[close...].hasPrefix(") Z") { return true }
        usleep(10_000)
    } while Date() < end
    return false
}
