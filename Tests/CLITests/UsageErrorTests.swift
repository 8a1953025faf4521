import Foundation
import Testing

/// A validation error thrown by a subcommand shows that subcommand's usage, as a
/// parsing error does (#12 item 10: it showed `Usage: pepcheck <subcommand>`).
@Suite("pepcheck usage errors")
struct UsageErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        var error: String
        var command: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Case(arguments: ["lint", "--select", "PC99"], error: "expected a rule code or prefix such as `PC1`, found `PC99`",
             command: "pepcheck lint"),
        Case(arguments: ["lint", "--ignore", "XX1", "Examples/scientific/pyproject.toml"],
             error: "expected a rule code or prefix such as `PC1`, found `XX1`", command: "pepcheck lint"),
        Case(arguments: ["rules", "PC9999"], error: "expected a rule code or name, found `PC9999`", command: "pepcheck rules"),
    ])
    func validationErrorShowsTheSubcommandsUsage(_ c: Case) throws {
        let output = try PepcheckProcess.run(c.arguments)
        #expect(output.status == 2)
        #expect(output.stdout == "")
        // The error, its help lines (if any), the subcommand's usage, the pointer to --help.
        let lines = output.stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Error: \(c.error)")
        #expect(lines.dropFirst().dropLast(3).allSatisfy { $0.hasPrefix("help: ") })
        #expect(lines.dropLast(2).last?.hasPrefix("Usage: \(c.command) ") == true)
        #expect(lines.dropLast().last == "  See '\(c.command) --help' for more information.")
        #expect(lines.last == "")
        #expect(!output.stderr.contains("<subcommand>"))
    }

    @Test func theUsageLineIsTheSubcommands() throws {
        let output = try PepcheckProcess.run(["rules", "PC9999"])
        #expect(output.stderr == """
            Error: expected a rule code or name, found `PC9999`
            Usage: pepcheck rules [<rule>]
              See 'pepcheck rules --help' for more information.

            """)
    }
}
