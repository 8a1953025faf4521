import Foundation

/// Runs the built `pepcheck` binary, the way a user or CI does, and captures
/// what it says.
struct PepcheckProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, from this file's place in Tests/CLITests.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `pepcheck` sits beside the test bundle in the build products folder.
    static let binary: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("pepcheck")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/pepcheck")
    }()

    static var shared: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared") }

    /// `redirections` (shell syntax, e.g. `>/dev/full` or `>&-`) apply to pepcheck's
    /// own streams, through `/bin/sh`; a redirected stream is not captured.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String]? = nil,
                    directory: URL = packageRoot, redirections: String? = nil) throws -> Output {
        let process = Process()
        if let redirections {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "exec \"$0\" \"$@\" \(redirections)", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        if let environment {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting so that a chatty child cannot block on a full pipe.
        let stderrBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            stderrBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let stderrData = stderrBox.data
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }
}

/// Carries the bytes read on another thread; the dispatch group orders the
/// write before the read.
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
