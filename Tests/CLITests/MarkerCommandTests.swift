import Foundation
import Testing

/// `pepcheck marker …` as a user runs it: exit code, stdout and stderr.
@Suite("pepcheck marker")
struct MarkerCommandTests {
    typealias Invocation = CoreCommandTests.Invocation

    @Test(arguments: [
        Invocation(arguments: ["marker", "simplify", #"python_version >= "3.9" and python_full_version >= "3.9""#], status: 0,
                   stdout: "python_full_version >= \"3.9\"\n"),
        Invocation(arguments: ["marker", "simplify", #"python_version >= "3.9" and sys_platform == "linux""#, "--requires-python", ">=3.10"],
                   status: 0, stdout: "sys_platform == \"linux\"\n"),
        Invocation(arguments: ["marker", "simplify", #"python_version < "3.9" or python_version >= "3.9""#], status: 0, stdout: "\n"),
        Invocation(arguments: ["marker", "simplify", #"sys_platform ~= "linux""#], status: 0, stdout: "sys_platform ~= \"linux\"\n",
                   stderr: "warning: `sys_platform ~= \"linux\"` raises `undefined-comparison` in some or all environments, and so does every marker that contains it\n"),
        Invocation(arguments: ["marker", "and", #"python_version < "3.11""#, #"sys_platform == "linux" or sys_platform == "darwin""#], status: 0,
                   stdout: "python_version < \"3.11\" and (sys_platform == \"darwin\" or sys_platform == \"linux\")\n"),
        Invocation(arguments: ["marker", "or", #"extra == "a""#, #"extra != "a""#], status: 0, stdout: "\n"),
        Invocation(arguments: ["marker", "and", #"extra == "a""#, #"extra == "b""#], status: 0, stdout: "python_version < \"0\"\n"),
        Invocation(arguments: ["marker", "and", #"extra == "a""#, #"extra == "b""#, "--extra-as-set"], status: 0,
                   stdout: "extra == \"a\" and extra == \"b\"\n"),
        Invocation(arguments: ["marker", "not", #"python_version >= "3.9" and sys_platform == "win32""#], status: 0,
                   stdout: "python_version < \"3.9\" or sys_platform != \"win32\"\n"),
        Invocation(arguments: ["marker", "not", #"python_full_version > "3.9""#], status: 2, stdout: "",
                   stderr: "error[not-expressible]: expected a condition marker syntax can state exactly, found one that needs a complement PEP 508 cannot write (such as `not (python_full_version > \"3.9\")`, which must include 3.9's post-releases)\n"),
        Invocation(arguments: ["marker", "implies", #"python_version >= "3.10""#, #"python_full_version >= "3.9""#], status: 0, stdout: "true\n"),
        // 3.9.0rc1 has python_version 3.9 but is below python_full_version 3.9.
        Invocation(arguments: ["marker", "implies", #"python_version >= "3.9""#, #"python_full_version >= "3.9""#], status: 1, stdout: "false\n"),
        Invocation(arguments: ["marker", "implies", #"python_version >= "3.9""#, #"python_full_version >= "3.9""#, "--requires-python", ">=3.9"],
                   status: 0, stdout: "true\n"),
        Invocation(arguments: ["marker", "disjoint", #"sys_platform == "linux""#, #"sys_platform == "win32""#], status: 0, stdout: "true\n"),
        Invocation(arguments: ["marker", "disjoint", #"sys_platform == "linux""#, #"platform_system == "Windows""#], status: 1, stdout: "false\n"),
        Invocation(arguments: ["marker", "disjoint", #"sys_platform == "linux""#, #"platform_system == "Windows""#,
                               "--assuming", #"platform_system != "Windows" or sys_platform == "win32""#], status: 0, stdout: "true\n"),
        Invocation(arguments: ["marker", "simplify", #"python_version >= "3.9"#], status: 2, stdout: "",
                   stderr: "error: MARKER is not a valid marker\nerror: expected a closing `\"`, found end of input\npython_version >= \"3.9\n                  ^^^^\n"),
        Invocation(arguments: ["marker", "simplify", #"python_version >= "3""#, "--requires-python", ">=3,,"], status: 2, stdout: "",
                   stderr: "error: --requires-python is not a valid specifier set\nerror: expected a version specifier before `,`, found `,`\n>=3,,\n    ^\n"),
    ])
    func invocation(_ c: Invocation) throws {
        let output = try PepcheckProcess.run(c.arguments)
        #expect(output.status == c.status)
        #expect(output.stdout == c.stdout)
        #expect(output.stderr == c.stderr)
    }

    @Test func checkGivesAnAnswerAndEnvironmentsThatShowIt() throws {
        let satisfiable = try PepcheckProcess.run(["marker", "check", #"sys_platform == "linux" and python_version < "3.11""#, "--json"])
        #expect(satisfiable.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(satisfiable.stdout.utf8)) as! [String: Any]
        #expect(object["answer"] as? String == "satisfiable")
        let trueIn = try #require(object["true_in"] as? [String: Any])
        #expect(trueIn["sys_platform"] as? String == "linux")
        let falseIn = try #require(object["false_in"] as? [String: Any])
        // The environments are complete: `pepcheck eval` agrees with them.
        for (environment, expected) in [(trueIn, "true\n"), (falseIn, "false\n")] {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-check-\(UUID().uuidString).json")
            try JSONSerialization.data(withJSONObject: environment).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let eval = try PepcheckProcess.run(["eval", #"sys_platform == "linux" and python_version < "3.11""#, "--env", file.path])
            #expect(eval.stdout == expected)
        }

        let never = try PepcheckProcess.run(["marker", "check", #"python_version >= "3.9" and python_version < "3.9""#])
        #expect(never.status == 1)
        #expect(never.stdout.hasPrefix("always false\nfalse in:  {") || never.stdout.hasPrefix("always false\nfalse in: {"))
        let always = try PepcheckProcess.run(["marker", "check", #"os_name == "nt" or os_name != "nt""#])
        #expect(always.status == 1)
        #expect(always.stdout.hasPrefix("always true\ntrue in:  {"))
        let raises = try PepcheckProcess.run(["marker", "check", #"os_name ~= "nt""#])
        #expect(raises.status == 2)
        #expect(raises.stdout == "always raises\n")
    }
}
