#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import SystemIO
import Testing

@Suite struct ChildProcessTests {
    struct RunCase: CustomTestStringConvertible, Sendable {
        var name: String
        var script: String
        var input: [UInt8] = []
        var timeout = 5_000
        var outputLimit = 16 << 20
        var termination: ChildProcess.Termination
        var stdout: String?
        var stdoutCount: Int?
        var stderr = ""
        /// Generous bounds: they catch a hang, not a slow machine.
        var withinMilliseconds = 3_000
        var testDescription: String { name }
    }

    static let megabyte = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)

    @Test(arguments: [
        RunCase(name: "exit status and both streams", script: "echo out; echo err >&2; exit 3",
                termination: .exited(3), stdout: "out\n", stderr: "err\n"),
        RunCase(name: "killed by a signal", script: "kill -9 $$", termination: .signalled(SIGKILL), stdout: ""),
        RunCase(name: "time limit", script: "sleep 5", timeout: 200, termination: .timedOut, stdout: ""),
        RunCase(name: "time limit, SIGTERM ignored, so SIGKILL after the grace",
                script: "trap '' TERM; echo ready; sleep 5", timeout: 200, termination: .timedOut, stdout: "ready\n"),
        RunCase(name: "output flood capped", script: "head -c 3000000 /dev/zero; echo done >&2",
                outputLimit: 1_000, termination: .exited(0), stdoutCount: 1_000, stderr: "done\n"),
        RunCase(name: "never reads its input and writes more than a pipe holds",
                script: "head -c 200000 /dev/zero", input: megabyte + megabyte,
                termination: .exited(0), stdoutCount: 200_000),
        RunCase(name: "echoes a megabyte while it is being written", script: "cat", input: megabyte,
                termination: .exited(0), stdoutCount: 1 << 20),
        RunCase(name: "exits before reading its input", script: "exit 0", input: megabyte,
                termination: .exited(0), stdout: ""),
        RunCase(name: "no input means end of file at once", script: "cat; echo end", termination: .exited(0), stdout: "end\n"),
        RunCase(name: "closes its output and goes on", script: "exec >&- 2>&-; sleep 0.1; exit 4",
                termination: .exited(4), stdout: ""),
        RunCase(name: "a grandchild keeps the pipes open", script: "sleep 30 & echo started",
                termination: .exited(0), stdout: "started\n"),
    ])
    func run(_ c: RunCase) throws {
        let start = milliseconds()
        let output = try ChildProcess.run(["/bin/sh", "-c", c.script], input: c.input, timeoutMilliseconds: c.timeout,
                                          outputLimit: c.outputLimit, terminationGraceMilliseconds: 100)
        let elapsed = milliseconds() - start
        #expect(output.termination == c.termination)
        if let stdout = c.stdout { #expect(String(decoding: output.stdout, as: UTF8.self) == stdout) }
        if let count = c.stdoutCount { #expect(output.stdout.count == count) }
        #expect(String(decoding: output.stderr, as: UTF8.self) == c.stderr)
        #expect(elapsed < c.withinMilliseconds)
    }

    @Test func timeoutEndsTheWholeProcessGroup() throws {
        let output = try ChildProcess.run(["/bin/sh", "-c", "sleep 30 & echo $!; wait"], timeoutMilliseconds: 200,
                                          terminationGraceMilliseconds: 100)
        #expect(output.termination == .timedOut)
        let grandchild = pid_t(String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").first.flatMap { Int32($0) } ?? 0)
        #expect(grandchild > 0)
        #expect(processEnds(grandchild))
    }

    @Test func lingeringGrandchildIsEnded() throws {
        let output = try ChildProcess.run(["/bin/sh", "-c", "sleep 30 & echo $!"], terminationGraceMilliseconds: 100)
        #expect(output.termination == .exited(0))
        let grandchild = pid_t(String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").first.flatMap { Int32($0) } ?? 0)
        #expect(grandchild > 0)
        #expect(processEnds(grandchild))
    }

    @Test func environmentIsExactlyWhatIsGiven() throws {
        let output = try ChildProcess.run(["/bin/sh", "-c", "echo \"$FOO|${HOME-unset}\""], environment: ["FOO": "bar baz"])
        #expect(String(decoding: output.stdout, as: UTF8.self) == "bar baz|unset\n")
    }

    @Test func programIsLookedUpOnPath() throws {
        let output = try ChildProcess.run(["sh", "-c", "echo found"])
        #expect(output.termination == .exited(0))
        #expect(output.stdout == Array("found\n".utf8))
    }

    struct StartFailure: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var code: Int32
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        StartFailure(arguments: ["pepcheck-no-such-program"], code: ENOENT,
                     message: "cannot run `pepcheck-no-such-program`: not found on PATH"),
        StartFailure(arguments: ["/nonexistent/x"], code: ENOENT, message: "cannot run `/nonexistent/x`: No such file or directory"),
        StartFailure(arguments: ["/etc/hostname"], code: EACCES, message: "cannot run `/etc/hostname`: Permission denied"),
        StartFailure(arguments: [], code: EINVAL, message: "cannot run a program: no program given"),
    ])
    func programThatCannotStart(_ c: StartFailure) {
        if c.code == EACCES && getuid() == 0 && access("/etc/hostname", X_OK) == 0 { return }
        #expect {
            _ = try ChildProcess.run(c.arguments)
        } throws: { error in
            guard let error = error as? SystemError else { return false }
            return error.code == c.code && error.message == c.message && error.operation == "spawn"
        }
    }

    @Test func find() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let tool = directory.write("tool", "#!/bin/sh\n", mode: 0o755)
        directory.write("plain", "data", mode: 0o644)
        #expect(ChildProcess.find("tool", path: "/nonexistent:" + directory.path) == tool)
        #expect(ChildProcess.find("plain", path: directory.path) == nil)
        #expect(ChildProcess.find("tool", path: "/nonexistent") == nil)
        #expect(ChildProcess.find(tool) == tool)
        #expect(ChildProcess.find("") == nil)
        #expect(ChildProcess.find("sh")?.hasSuffix("/sh") == true)
    }

    @Test func currentExecutableIsThisProgram() throws {
        let path = try #require(ChildProcess.currentExecutable)
        #expect(path.hasPrefix("/"))
        #expect(FileSystem.kind(of: path) == .regular)
    }
}
