import Foundation
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
        #expect(lines.count == 4)
        #expect(lines[0] == #"{"id":1,"ok":true,"result":-1}"#)
        #expect(lines[1].hasPrefix(#"{"id":null,"ok":false,"error":{"kind":"bad-request","#))
        #expect(lines[2] == #"{"id":"two","ok":true,"result":{"normalized":"os_name == \"nt\""}}"#)
        #expect(lines[3] == #"{"id":3,"ok":false,"error":{"kind":"invalid-requirement","message":"expected an extra name, found end of input","span":[5,5]}}"#)
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
        let output = try PepcheckProcess.run(["conformance", "run", "--adapter", "exit 0", "--select", "marker-parse", "--timeout", "500"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("(the adapter exited before it answered)"))
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
