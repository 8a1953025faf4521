import Foundation
import Testing

/// Full and closed output streams (#12 item 4): every write error ends the command
/// with exit 2 and a message on the stream that still works; a closed pipe stays
/// the quiet SIGPIPE that it always was.
@Suite("pepcheck output errors")
struct OutputErrorTests {
    static let full = "error: cannot write to standard output: No space left on device\n"

    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var redirections: String
        var stdout = ""
        var stderr = ""
        var testDescription: String { (arguments + [redirections]).joined(separator: " ") }
    }

    @Test(arguments: [
        Case(arguments: ["lint", "Examples/scientific/pyproject.toml"], redirections: ">/dev/full", stderr: full),
        Case(arguments: ["lint", "Examples/scientific/pyproject.toml"], redirections: ">&-",
             stderr: "error: cannot write to standard output: Bad file descriptor\n"),
        Case(arguments: ["parse", "a b"], redirections: "2>/dev/full",
             stdout: "error: cannot write to standard error: No space left on device\n"),
        Case(arguments: ["parse", "a b"], redirections: "2>&-",
             stdout: "error: cannot write to standard error: Bad file descriptor\n"),
        Case(arguments: ["parse", "a b"], redirections: ">&- 2>&-"),
        Case(arguments: ["rules"], redirections: ">/dev/full", stderr: full),
        Case(arguments: ["rules", "PC301"], redirections: ">/dev/full", stderr: full),
        Case(arguments: ["parse", "requests>=2"], redirections: ">/dev/full", stderr: full),
        Case(arguments: ["eval", "--env", "Tests/CLITests/Fixtures/linux-cpython-3.11.json", "os_name == 'posix'"],
             redirections: ">/dev/full", stderr: full),
        Case(arguments: ["version", "normalize", "1.0"], redirections: ">/dev/full", stderr: full),
        Case(arguments: ["external", "show", "Examples/scientific", "--ecosystem", "debian",
                         "--env", "Tests/CLITests/Fixtures/linux-cpython-3.11.json"],
             redirections: ">/dev/full", stderr: full),
        Case(arguments: ["conformance", "run", "--select", "version-parse"], redirections: ">/dev/full", stderr: full),
        Case(arguments: ["--help"], redirections: ">/dev/full", stderr: full),
        Case(arguments: ["--version"], redirections: ">/dev/full", stderr: full),
    ])
    func writeErrorIsExitTwo(_ c: Case) throws {
        let output = try PepcheckProcess.run(c.arguments, redirections: c.redirections)
        #expect(output.status == 2)
        #expect(output.stdout == c.stdout)
        #expect(output.stderr == c.stderr)
    }

    /// `pepcheck rules | head -1` after head has gone: ended by SIGPIPE, nothing said.
    @Test func closedPipeIsQuiet() throws {
        let process = Process()
        process.executableURL = PepcheckProcess.binary
        process.arguments = ["rules"]
        process.currentDirectoryURL = PepcheckProcess.packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try out.fileHandleForReading.close()
        try process.run()
        try out.fileHandleForWriting.close()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGPIPE)
        #expect(stderr.isEmpty)
    }
}
