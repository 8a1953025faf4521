import Foundation
import Testing

/// The core commands, run as a user runs them: the built binary, its exit
/// code, and exactly what it prints on each stream.
@Suite("pepcheck parse, eval, version, specifier")
struct CoreCommandTests {
    struct Invocation: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var stdout: String
        var stderr: String = ""
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Invocation(arguments: ["parse", #"requests[Security] >= 2.8.1, == 2.8.* ; python_version < "2.7""#], status: 0,
                   stdout: "requests[Security]==2.8.*,>=2.8.1; python_version < \"2.7\"\n"),
        Invocation(arguments: ["parse", "--json", "Name[b,a]>=1; extra == 'X_Y'"], status: 0,
                   stdout: #"{"name":"Name","extras":["a","b"],"specifier":">=1","url":null,"marker":"extra == \"x-y\"","normalized":"Name[a,b]>=1; extra == \"x-y\""}"# + "\n"),
        Invocation(arguments: ["parse", "name>=3,,"], status: 2, stdout: "",
                   stderr: "error: expected a version specifier after `,`, found `,`\nname>=3,,\n        ^\n"),
        Invocation(arguments: ["version", "normalize", "V1.0-Alpha_2", "1.0-1", "1!2.0.POST"], status: 0,
                   stdout: "1.0a2\n1.0.post1\n1!2.0.post0\n"),
        Invocation(arguments: ["version", "normalize", "1.0.x"], status: 2, stdout: "",
                   stderr: "error: expected another release number, a pre-release (`a`, `b`, `rc`), `.post`, `.dev`, a local label (`+…`) or end of version, found `.x`\n1.0.x\n   ^^\n"),
        Invocation(arguments: ["version", "compare", "1.0rc1", "1.0"], status: 0, stdout: "1.0rc1 < 1.0\n"),
        Invocation(arguments: ["version", "compare", "1.0", "1.0.0"], status: 0, stdout: "1.0 == 1.0.0\n"),
        Invocation(arguments: ["specifier", "contains", ">=1.0,!=1.3.*", "1.3.2"], status: 1, stdout: "false\n"),
        Invocation(arguments: ["specifier", "contains", ">=1.0", "2.0b1"], status: 0, stdout: "true\n"),
        Invocation(arguments: ["specifier", "contains", "--no-prereleases", ">=1.0", "2.0b1"], status: 1, stdout: "false\n"),
        // `===` compares text: a candidate that is no version can match it (#12 item 11).
        Invocation(arguments: ["specifier", "contains", "===foobar", "FOOBAR"], status: 0, stdout: "true\n"),
        Invocation(arguments: ["specifier", "contains", "===foobar", "foo"], status: 1, stdout: "false\n"),
        Invocation(arguments: ["specifier", "contains", "===foobar,>=1", "foobar"], status: 1, stdout: "false\n"),
        Invocation(arguments: ["eval", "--env", "Tests/CLITests/Fixtures/linux-cpython-3.11.json", #"python_version >= "3.9" and sys_platform == "linux""#],
                   status: 0, stdout: "true\n"),
        Invocation(arguments: ["eval", "--env", "Tests/CLITests/Fixtures/linux-cpython-3.11.json", #"python_version < "3.9""#],
                   status: 1, stdout: "false\n"),
        Invocation(arguments: ["eval", "--env", "Tests/CLITests/Fixtures/linux-cpython-3.11.json", "--extra", "Socks", #"extra == "socks""#],
                   status: 0, stdout: "true\n"),
        Invocation(arguments: ["eval", "--env", "Tests/CLITests/Fixtures/linux-cpython-3.11.json", "--context", "lock-file", #""dev" in dependency_groups"#],
                   status: 1, stdout: "false\n"),
        // Every value the marker reads is in the file: no interpreter runs (there is none at
        // that path), so nothing is said about one.
        Invocation(arguments: ["eval", "--env", "Tests/CLITests/Fixtures/linux-cpython-3.11.json", "--python", "/nonexistent/python3",
                               #"os_name == "posix" and python_version >= "3.9""#],
                   status: 0, stdout: "true\n"),
        // A marker that reads none of this machine's values asks no interpreter, --env or not.
        Invocation(arguments: ["eval", "--python", "/nonexistent/python3", "--extra", "GPU", #"extra == "gpu""#],
                   status: 0, stdout: "true\n"),
        // A name in the file that is no marker variable is a likely typo: said, and ignored.
        Invocation(arguments: ["eval", "--env", "Tests/CLITests/Fixtures/typo-env.json", #"os_name == "posix""#],
                   status: 0, stdout: "true\n",
                   stderr: "warning: Tests/CLITests/Fixtures/typo-env.json: `python_verison` is not a marker variable; it is ignored\n"),
        // A value the file does not give is still asked of this machine.
        Invocation(arguments: ["eval", "--env", "Tests/CLITests/Fixtures/linux-cpython-3.11.json", "--python", "/nonexistent/python3",
                               #""x" in sys_abi_features"#],
                   status: 2, stdout: "",
                   stderr: "warning: no interpreter answered (no interpreter: cannot run /nonexistent/python3); not available: sys_abi_features (versions evaluate as \"0\", strings as \"\", sets are unset); give --python PATH or --env FILE\n"
                       + "error: expected a value for `sys_abi_features` in the marker environment, found none\n\"x\" in sys_abi_features\n^^^^^^^^^^^^^^^^^^^^^^^\n"),
        Invocation(arguments: ["eval", "python_version >"], status: 2, stdout: "",
                   stderr: "error: expected a marker variable or quoted string, found end of input\npython_version >\n                ^\n"),
        Invocation(arguments: ["eval", "--env", "/nonexistent.json", "os_name == 'posix'"], status: 2, stdout: "",
                   stderr: "error: cannot read the environment file `/nonexistent.json`\n"),
        // Control characters in the input are shown as symbols, never sent to the terminal.
        Invocation(arguments: ["parse", "name>=\u{1B}[2J"], status: 2, stdout: "",
                   stderr: "error: expected a version after `>=`, found `\u{241B}`\nname>=\u{241B}[2J\n      ^\n"),
        Invocation(arguments: ["version", "normalize", "1.0\u{7}"], status: 2, stdout: "",
                   stderr: "error: expected another release number, a pre-release (`a`, `b`, `rc`), `.post`, `.dev`, a local label (`+…`) or end of version, found `\u{2407}`\n1.0\u{2407}\n   ^\n"),
        Invocation(arguments: ["eval", "os_name == '\u{1B}[31m' and \u{1B}"], status: 2, stdout: "",
                   stderr: "error: expected a marker variable or quoted string, found `\u{241B}`\nos_name == '\u{241B}[31m' and \u{241B}\n                       ^\n"),
        Invocation(arguments: ["no-such-command"], status: 2, stdout: "",
                   stderr: "Error: Unexpected argument 'no-such-command'\nUsage: pepcheck <subcommand>\n  See 'pepcheck --help' for more information.\n"),
    ])
    func invocation(_ c: Invocation) throws {
        let output = try PepcheckProcess.run(c.arguments)
        #expect(output.status == c.status)
        #expect(output.stdout == c.stdout)
        #expect(output.stderr == c.stderr)
    }

    @Test func evalWithoutAnEnvironmentFileUsesThisMachine() throws {
        // Whatever this machine is, os_name is one of the two values Python knows.
        let output = try PepcheckProcess.run(["eval", #"os_name == "posix" or os_name == "nt""#])
        #expect(output.status == 0)
        #expect(output.stdout == "true\n")
    }

    /// `eval --env` asks this machine only for the values its detection gives
    /// (`HostMarkers.detectedNames`, the same list as here): a name it gives outside this list
    /// would be taken from the machine even when the file gives it.
    @Test func evalKnowsWhichValuesThisMachineGives() throws {
        let output = try PepcheckProcess.run(["eval", "--json", "--no-python", #"os_name == "posix""#])
        let known: Set<String> = [
            "python_version", "python_full_version", "os_name", "sys_platform", "platform_release", "platform_system",
            "platform_version", "platform_machine", "platform_python_implementation", "implementation_name",
            "implementation_version", "sys_abi_features",
        ]
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        let names = try #require(object?["environment"] as? [String: Any]).keys
        #expect(names.count >= 11)
        #expect(Set(names).isSubset(of: known))
    }

    @Test func helpExitsZero() throws {
        let output = try PepcheckProcess.run(["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("USAGE: pepcheck <subcommand>"))
    }
}
