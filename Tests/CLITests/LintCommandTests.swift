import Foundation
import Testing

/// `pepcheck lint` and `pepcheck rules` end to end: the built binary, its exit code
/// and its exact output.
@Suite struct LintCommandTests {
    struct Case: Sendable, CustomStringConvertible {
        var arguments: [String]
        var directory: String = ""
        var environment: [String: String] = [:]
        var status: Int32
        var stdout: String
        var stderr: String = ""
        var description: String { arguments.joined(separator: " ") }
    }

    static let devFixture = "Tests/LintTests/Fixtures/PC508-dev-package-name"

    static let cases: [Case] = [
        // The README's first command.
        Case(arguments: ["lint", "Examples/scientific/pyproject.toml"], status: 0, stdout: "No problems found.\n"),
        Case(arguments: ["lint", "--format", "concise", "fail.toml"], directory: devFixture, status: 0, stdout: """
            fail.toml:2:18: PC508 expected the software's name, found the split package `libxml2-dev`
            fail.toml:2:45: PC508 expected the software's name, found the split package `openssl-devel`

            """),
        Case(arguments: ["lint", "--format", "concise", "--strict", "fail.toml"], directory: devFixture, status: 1, stdout: """
            fail.toml:2:18: PC508 expected the software's name, found the split package `libxml2-dev`
            fail.toml:2:45: PC508 expected the software's name, found the split package `openssl-devel`

            """),
        Case(arguments: ["lint", "--ignore", "PC5", "fail.toml"], directory: devFixture, status: 0, stdout: "No problems found.\n"),
        // A folder without pyproject.toml: nothing checked, and said so.
        Case(arguments: ["lint", "Tests/CLITests/Fixtures/fake-nvidia"], status: 0, stdout: "No problems found.\n",
             stderr: "warning: no pyproject.toml found in `Tests/CLITests/Fixtures/fake-nvidia`; nothing was checked\n"),
        // One file named three ways is checked once, under the first name; so is a problem.
        Case(arguments: ["lint", "--format", "concise", "--strict", "fail.toml", "./fail.toml", "../PC508-dev-package-name/fail.toml",
                         "missing.toml", "missing.toml"],
             directory: devFixture, status: 2, stdout: """
            fail.toml:2:18: PC508 expected the software's name, found the split package `libxml2-dev`
            fail.toml:2:45: PC508 expected the software's name, found the split package `openssl-devel`
            missing.toml: PC001 expected a file or directory, found nothing at `missing.toml`

            """),
        Case(arguments: ["lint", "missing.toml"], environment: ["NO_COLOR": "1"], status: 2, stdout: """
            error[PC001]: expected a file or directory, found nothing at `missing.toml`
             --> missing.toml

            Found 1 error in 1 file.

            """),
        Case(arguments: ["lint", "--format", "concise", "--select", "PC508", "Tests/LintTests/Fixtures/PC508-dev-package-name/pass.toml"],
             status: 0, stdout: ""),
    ]

    @Test(arguments: cases)
    func lint(_ c: Case) throws {
        let directory = c.directory.isEmpty ? PepcheckProcess.packageRoot
                                            : PepcheckProcess.packageRoot.appendingPathComponent(c.directory)
        let output = try PepcheckProcess.run(c.arguments, environment: c.environment, directory: directory)
        #expect(output.status == c.status)
        #expect(output.stdout == c.stdout)
        #expect(output.stderr == c.stderr)
    }

    @Test func humanOutputWithoutColourPointsAtTheCharacter() throws {
        let output = try PepcheckProcess.run(["lint", "fail.toml"], environment: ["NO_COLOR": "1"],
                                             directory: PepcheckProcess.packageRoot.appendingPathComponent(Self.devFixture))
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("""
            warning[PC508]: expected the software's name, found the split package `libxml2-dev`
             --> fail.toml:2:18
              |
            2 | host-requires = ["dep:generic/libxml2-dev", "dep:generic/openssl-devel@>=3"]
              |                  ^^^^^^^^^^^^^^^^^^^^^^^^^
            """))
        #expect(!output.stdout.contains("\u{1B}["))
        #expect(output.stdout.hasSuffix("Found 2 warnings in 1 file.\n"))
    }

    @Test func binaryAndInvalidUTF8AreInputErrors() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0x61, 0x00, 0x62]).write(to: directory.appendingPathComponent("binary.toml"))
        try Data(Array("[project]\nname = \"caf".utf8) + [0xE9, 0x22, 0x0A]).write(to: directory.appendingPathComponent("latin1.toml"))
        let output = try PepcheckProcess.run(["lint", "--format", "concise", "binary.toml", "latin1.toml"], directory: directory)
        #expect(output.status == 2)
        #expect(output.stdout == """
            binary.toml:1:2: PC003 expected a text file, found a NUL byte
            latin1.toml:2:12: PC002 expected UTF-8, found byte 0xE9

            """)
    }

    @Test func unknownRuleCodeIsAUsageError() throws {
        let output = try PepcheckProcess.run(["lint", "--select", "PC9", "pyproject.toml"])
        #expect(output.status == 2)
        #expect(output.stdout == "")
        #expect(output.stderr.hasPrefix("Error: expected a rule code or prefix such as `PC1`, found `PC9`\nhelp: codes are PC001–PC005, "))
    }

    /// Codes select in either case: `pc3` is `PC3`.
    @Test func lowerCaseCodesSelectAsCapitalsDo() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-case-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"a>=2\", \"a\", \"a<1\"]\n".utf8)
            .write(to: directory.appendingPathComponent("pyproject.toml"))
        let lower = try PepcheckProcess.run(["lint", "--format", "concise", "--select", "pc3", "--ignore", "pc302", "pyproject.toml"],
                                            directory: directory)
        let upper = try PepcheckProcess.run(["lint", "--format", "concise", "--select", "PC3", "--ignore", "PC302", "pyproject.toml"],
                                            directory: directory)
        #expect(upper.stdout.contains("PC301"))
        #expect(!upper.stdout.contains("PC302"))
        #expect(lower.status == upper.status)
        #expect(lower.stdout == upper.stdout)
        #expect(lower.stderr == "")
    }

    /// `--select PC3` on a truncated file used to say "No problems found." with exit 0.
    @Test func selectionsCannotHideInputProblems() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("pepcheck-select-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("[project]\nname = \"demo\n".utf8).write(to: directory.appendingPathComponent("truncated.toml"))
        try Data("[project]\nname = \"demo\"\nversion = \"1\"\n[tool.pepcheck]\nselect = \"PC3\"\n".utf8)
            .write(to: directory.appendingPathComponent("configured.toml"))
        let truncated = try PepcheckProcess.run(["lint", "--format", "concise", "--select", "PC3", "--ignore", "PC100", "truncated.toml"],
                                                directory: directory)
        #expect(truncated.status == 1)
        #expect(truncated.stdout == "truncated.toml:2:13: PC100 expected `\"` to close the string, found newline\n")
        #expect(truncated.stderr == "warning: `PC100` is always reported; ignoring it has no effect\n")
        let configured = try PepcheckProcess.run(["lint", "--format", "concise", "--select", "PC3", "configured.toml"], directory: directory)
        #expect(configured.status == 2)
        #expect(configured.stdout == "configured.toml:5:10: PC009 expected an array of rule codes or prefixes for `tool.pepcheck.select`, found a string\n")
        #expect(configured.stderr == "")
    }

    @Test func rulesListsEveryExternalRule() throws {
        let output = try PepcheckProcess.run(["rules"])
        #expect(output.status == 0)
        for code in ["PC503", "PC504", "PC505", "PC506", "PC507", "PC508"] {
            #expect(output.stdout.contains(code), "\(code)")
        }
    }
}
