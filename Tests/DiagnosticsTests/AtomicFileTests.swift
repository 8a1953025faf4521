import Foundation
import Reports
import Testing

@Suite struct AtomicFileTests {
    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "pepcheck-atomic-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesAndReplaces() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/report.xml"
        try AtomicFile.write(Array("first".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFile.write("second, longer ☕", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer ☕")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.xml"])
    }

    @Test func newFileIsWorldReadable() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try AtomicFile.write([], to: directory + "/empty")
        let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/empty")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o644)
        #expect((attributes[.size] as? NSNumber)?.intValue == 0)
    }

    @Test func missingDirectoryIsAnError() {
        #expect {
            try AtomicFile.write([1], to: "/nonexistent-pepcheck-dir/x/report.xml")
        } throws: { error in
            guard let error = error as? ReportError else { return false }
            return error.kind == .io && error.message.contains("/nonexistent-pepcheck-dir/x")
        }
    }

    @Test func directoryPathIsAnError() {
        #expect(throws: ReportError.self) { try AtomicFile.write([1], to: "some/dir/") }
    }
}
