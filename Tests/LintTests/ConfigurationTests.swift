import Diagnostics
import Testing
@testable import Lint

/// `[tool.pepcheck]` is checked key by key: a configuration that cannot be read is an
/// input problem (exit 2) and no rule runs; nothing in it, nor on the command line, can
/// hide input problems or invalid TOML.
@Suite struct ConfigurationTests {
    struct Case: Sendable, CustomStringConvertible {
        /// The lines under `[tool.pepcheck]`.
        var configuration: String
        /// Concise output for a file with a duplicate requirement (PC301 at 4:22).
        var output: String
        var exitCode: Int32
        var description: String { configuration }
    }

    static let duplicate = "pyproject.toml:4:22: PC301 expected one requirement on `a`, found a second one\n"

    static let cases: [Case] = [
        Case(configuration: "", output: duplicate, exitCode: 0),
        Case(configuration: "select = [\"PC3\"]", output: duplicate, exitCode: 0),
        Case(configuration: "select = [\"PC301\"]\nignore = [\"PC30\"]", output: duplicate, exitCode: 0),
        Case(configuration: "ignore = [\"PC3\"]", output: "", exitCode: 0),
        Case(configuration: "[tool.pepcheck.rules.duplicate-requirement]\nseverity = \"error\"", output: duplicate, exitCode: 1),
        // The reports of the issue: each of these used to turn every rule off.
        Case(configuration: "select = \"PC3\"",
             output: "pyproject.toml:6:10: PC009 expected an array of rule codes or prefixes for `tool.pepcheck.select`, found a string\n",
             exitCode: 2),
        Case(configuration: "select = 5",
             output: "pyproject.toml:6:10: PC009 expected an array of rule codes or prefixes for `tool.pepcheck.select`, found an integer\n",
             exitCode: 2),
        Case(configuration: "select = [\"PC99\"]",
             output: "pyproject.toml:6:11: PC009 expected a rule code or prefix in `tool.pepcheck.select`, found `PC99`\n", exitCode: 2),
        Case(configuration: "ignore = [\"PC999\"]",
             output: "pyproject.toml:6:11: PC009 expected a rule code or prefix in `tool.pepcheck.ignore`, found `PC999`\n", exitCode: 2),
        // Codes select in either case.
        Case(configuration: "select = [\"pc301\"]", output: duplicate, exitCode: 0),
        Case(configuration: "ignore = [\"pc3\"]", output: "", exitCode: 0),
        Case(configuration: "select = [\"\", 3]",
             output: "pyproject.toml:6:11: PC009 expected a rule code or prefix in `tool.pepcheck.select`, found an empty string\n"
                + "pyproject.toml:6:15: PC009 expected a rule code or prefix in `tool.pepcheck.select`, found an integer\n", exitCode: 2),
        Case(configuration: "selec = [\"PC1\"]",
             output: "pyproject.toml:6:1: PC009 expected `select`, `ignore` or `rules` in `tool.pepcheck`, found `selec`\n", exitCode: 2),
        Case(configuration: "rules = [\"PC306\"]",
             output: "pyproject.toml:6:9: PC009 expected a table of rules for `tool.pepcheck.rules`, found an array\n", exitCode: 2),
        Case(configuration: "rules.PC306 = \"warning\"",
             output: "pyproject.toml:6:15: PC009 expected a table for `tool.pepcheck.rules.PC306`, found a string\n", exitCode: 2),
        Case(configuration: "rules.PC306.level = \"warning\"",
             output: "pyproject.toml:6:13: PC009 expected `severity` in `tool.pepcheck.rules.PC306`, found `level`\n", exitCode: 2),
        Case(configuration: "rules.PC306.severity = \"fatal\"",
             output: "pyproject.toml:6:24: PC009 expected `\"error\"`, `\"warning\"` or `\"info\"` for `tool.pepcheck.rules.PC306.severity`, found `fatal`\n",
             exitCode: 2),
        Case(configuration: "rules.pc301.severity = \"error\"",
             output: "pyproject.toml:4:22: PC301 expected one requirement on `a`, found a second one\n", exitCode: 1),
        Case(configuration: "rules.PC3.severity = \"info\"",
             output: "pyproject.toml:6:7: PC009 expected a rule code or name in `tool.pepcheck.rules`, found `PC3`\n", exitCode: 2),
        Case(configuration: "rules.PC100.severity = \"info\"",
             output: "pyproject.toml:6:7: PC009 expected a rule whose severity can change in `tool.pepcheck.rules`, found `PC100`, which is always an error\n",
             exitCode: 2),
        // A selection cannot hide a broken configuration.
        Case(configuration: "select = [\"PC3\"]\nignore = [\"PC009\", 1]",
             output: "pyproject.toml:7:11: PC009 expected a code that can be ignored in `tool.pepcheck.ignore`, found `PC009`, which is always reported\n"
                + "pyproject.toml:7:20: PC009 expected a rule code or prefix in `tool.pepcheck.ignore`, found an integer\n", exitCode: 2),
        // Ignoring only codes that are always reported has no effect: a warning, and the rules run.
        Case(configuration: "ignore = [\"PC002\", \"PC0\"]",
             output: duplicate
                + "pyproject.toml:6:11: PC009 expected a code that can be ignored in `tool.pepcheck.ignore`, found `PC002`, which is always reported\n"
                + "pyproject.toml:6:20: PC009 expected a code that can be ignored in `tool.pepcheck.ignore`, found `PC0`, which is always reported\n",
             exitCode: 0),
    ]

    @Test(arguments: cases)
    func configuration(_ c: Case) {
        let text = "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"a\", \"a\"]\n[tool.pepcheck]\n\(c.configuration)\n"
        let source = SourceFile(path: "pyproject.toml", text: text)
        var result = LintResult()
        result.diagnostics = Linter().lint(source)
        #expect(ConciseRenderer().render(result.diagnostics, sources: ["pyproject.toml": source]) == c.output)
        #expect(result.exitCode(strict: false) == c.exitCode)
    }

    @Test func everyProblemNamesWhatIsAccepted() throws {
        let source = SourceFile(path: "p", text: "[tool.pepcheck]\nselect = [\"pc302\", \"duplicate-requirement\", \"PC99\"]\n")
        let diagnostics = Linter().lint(source)
        #expect(diagnostics.count == 2)
        #expect(diagnostics[0].help.first == "`duplicate-requirement` is the name of `PC301`; select it by its code")
        for diagnostic in diagnostics {
            #expect(diagnostic.help.last?.hasPrefix("codes are PC001–PC005, PC009, PC100–PC112, PC201–PC207, PC301–PC307, PC401–PC404, PC501–PC508") == true)
        }
    }

    struct InputCase: Sendable, CustomStringConvertible {
        var name: String
        var bytes: [UInt8]
        var code: String
        var description: String { name }
    }

    /// Input problems and invalid TOML whatever `--select` / `--ignore` say.
    @Test(arguments: [
        InputCase(name: "invalid TOML", bytes: Array("[project]\nname = \"demo\n".utf8), code: "PC100"),
        InputCase(name: "invalid UTF-8", bytes: Array("[project]\nname = \"caf".utf8) + [0xE9, 0x22], code: "PC002"),
        InputCase(name: "NUL bytes", bytes: [0x61, 0x00], code: "PC003"),
        InputCase(name: "byte order mark", bytes: [0xEF, 0xBB, 0xBF] + Array("[project]\nname = \"demo\"\nversion = \"1\"\n".utf8), code: "PC005"),
        InputCase(name: "invalid configuration", bytes: Array("[tool.pepcheck]\nselect = \"PC3\"\n".utf8), code: "PC009"),
    ], [
        Configuration(select: ["PC3"]), Configuration(ignore: ["PC"]), Configuration(select: ["PC5"], ignore: ["PC0", "PC1"]),
        Configuration(severities: ["PC100": .info]),
    ])
    func inputProblemsCannotBeDeselected(_ input: InputCase, _ overrides: Configuration) {
        let diagnostics = Linter(overrides: overrides).lint(SourceFile(path: "p", bytes: input.bytes))
        #expect(diagnostics.map(\.code) == [input.code])
        #expect(diagnostics.first?.severity == .error)
    }

    @Test(arguments: [("PC3", nil), ("PC", nil), ("PC302", nil), ("PC0", nil), ("PC99", "`PC99`"), ("pc302", nil), ("pc3", nil), ("Pc99", "`Pc99`"),
                      ("", "an empty string"), ("PC3021", "`PC3021`"), ("X", "`X`")])
    func selectors(_ selector: String, _ found: String?) {
        #expect(RuleSelector.problem(selector)?.found == found)
    }

    @Test(arguments: [("PC002", true), ("PC0", true), ("PC00", true), ("PC100", true), ("PC009", true), ("PC1", false),
                      ("PC10", false), ("PC", false), ("PC301", false)])
    func ignoringOnlyWhatIsAlwaysReported(_ selector: String, _ nothing: Bool) {
        #expect(RuleSelector.ignoresNothing(selector) == nothing)
    }
}
