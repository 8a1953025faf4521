import Foundation
import Reports
import Testing
@testable import Conformance

/// pepcheck must pass the whole suite: in process, and through its own
/// adapter protocol as another implementation would be run.
@Suite("The conformance suite against pepcheck")
struct SuiteRunTests {
    static let suiteDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Conformance/suite").path

    @Test func everyCasePassesInProcess() throws {
        let suite = try ConformanceSuite.load(directory: Self.suiteDirectory)
        #expect(suite.cases.count >= 5_000)
        #expect(Set(suite.cases.map(\.id)).count == suite.cases.count, "case ids are unique")
        var server = ProtocolServer()
        let run = ConformanceRun.run(suite, against: &server)
        #expect(run.total.failed == 0, "\(run.textReport(limit: 10))")
        #expect(run.total.unsupported == 0)
        #expect(run.total.passed == suite.cases.count)
    }

    @Test func theJUnitReportReadsBackWithLibxml2() throws {
        let suite = try ConformanceSuite.load(directory: Self.suiteDirectory, select: ["marker-parse", "divergences"])
        var server = ProtocolServer()
        let run = ConformanceRun.run(suite, against: &server)
        let report = try JUnitReport.parse(xml: try run.junitReport().xml())
        #expect(report.suites.map(\.name) == ["divergences", "marker-parse"])
        #expect(report.tests == suite.cases.count)
        #expect(report.failures == run.total.failed)
        let names = report.suites.flatMap { $0.cases.map(\.name) }
        #expect(names == suite.cases.map(\.id))
    }

    /// A topic file whose name is not UTF-8 is named in the error, not passed over.
    @Test func aTopicNamedInAnotherEncodingIsNamedInTheError() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-suite-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let file = (Array(directory.utf8) + Array("/topic".utf8) + [0xFF] + Array(".json".utf8) + [0]).map { CChar(bitPattern: $0) }
        close(open(file, O_WRONLY | O_CREAT, 0o644))
        defer {
            unlink(file)
            try? FileManager.default.removeItem(atPath: directory)
        }
        #expect {
            _ = try ConformanceSuite.load(directory: directory)
        } throws: { error in
            (error as? ConformanceSuite.LoadError)?.description == directory + #"/topic\xFF.json: expected a file name in UTF-8, found `topic\xFF.json`"#
        }
    }

    @Test func unknownTopicsAreSkippedBySelect() throws {
        let suite = try ConformanceSuite.load(directory: Self.suiteDirectory, select: ["no-such-topic"])
        #expect(suite.cases.isEmpty)
        #expect(suite.topics.isEmpty)
    }
}
