#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Diagnostics
import Lint
import PEP440
import Reports
import SystemIO

/// `pepcheck lint`: checks pyproject.toml files. Exit 0 clean, 1 findings, 2 usage or
/// input errors.
struct LintCommand: ParsableCommand, TrailingArguments {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check pyproject.toml files: requirements, markers, dependency groups, [external].")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case human, concise, json, sarif, junit
    }

    @Argument(help: "Files or directories (a directory means every pyproject.toml below it).")
    var paths: [String] = ["pyproject.toml"]

    var trailingArguments: [String] {
        get { paths }
        set { paths = newValue }
    }

    @Option(help: "Rule codes or prefixes to run (comma-separated); replaces [tool.pepcheck] select.")
    var select: String?

    @Option(help: "Rule codes or prefixes to skip (comma-separated).")
    var ignore: String?

    @Flag(help: "Count warnings as errors for the exit code.")
    var strict = false

    @Flag(help: "Apply the fixes findings carry (marker rewrites, legacy names), in place and atomically; report what remains.")
    var fix = false

    @Option(help: "Output format: human, concise, json, sarif, junit.")
    var format: Format = .human

    @Option(help: "Colour: auto, always, never (auto honours NO_COLOR).")
    var color: ColorChoice = .auto

    func run() throws {
        func codes(_ list: String?) -> [String]? {
            list.map { $0.split(separator: ",").map { $0.trimmingHorizontalWhitespace() }.filter { !$0.isEmpty }.map(RuleSelector.normalized) }
        }
        for code in (codes(select) ?? []) + (codes(ignore) ?? []) {
            guard let problem = RuleSelector.problem(code) else { continue }
            let help = problem.help.map { "\nhelp: " + $0 }.joined()
            throw ValidationError(TerminalText.sanitized("expected a rule code or prefix such as `PC1`, found \(problem.found)\(help)"))
        }
        for code in codes(ignore) ?? [] where RuleSelector.ignoresNothing(code) {
            Output.error("warning: `\(code)` is always reported; ignoring it has no effect\n")
        }
        let linter = Linter(overrides: Configuration(select: codes(select), ignore: codes(ignore) ?? []))
        let result = linter.lint(paths: paths, fix: fix)
        for failure in result.writeFailures { Output.error("error: \(failure)\n") }
        // "No problems found" would then say nothing (ruff warns too); the exit stays 0.
        if result.checkedFiles.isEmpty {
            let named = paths.map { "`\(TerminalText.sanitized($0))`" }.joined(separator: ", ")
            Output.error("warning: no pyproject.toml found in \(named); nothing was checked\n")
        }
        let fixedLine = fix && !result.fixed.isEmpty ? Self.fixedSentence(result.fixed) + "\n" : ""
        let output: String
        switch format {
        case .human:
            let colour = color.resolve(environment: Environment.all, isTerminal: isatty(1) == 1)
            let body = HumanRenderer(colour: colour).render(result.diagnostics, sources: result.sources)
            output = body + (body.isEmpty ? "" : "\n") + fixedLine + Summary(result.diagnostics).description + "\n"
        case .concise:
            output = ConciseRenderer().render(result.diagnostics, sources: result.sources)
        case .json:
            output = JSONRenderer().render(result.diagnostics, sources: result.sources)
        case .sarif:
            output = SARIFRenderer(toolVersion: PepcheckVersion.current, rules: RuleRegistry.all.map(\.diagnosticRule))
                .render(result.diagnostics, sources: result.sources)
        case .junit:
            output = try JUnitReport(diagnostics: result.diagnostics, sources: result.sources,
                                     checkedFiles: result.checkedFiles).xml()
        }
        // Machine formats keep standard output to the format; the count goes to standard error.
        if format != .human, !fixedLine.isEmpty { Output.error(fixedLine) }
        try Output.write(output)
        throw ExitCode(result.exitCode(strict: strict))
    }

    /// `Fixed 2 warnings in 1 file.`, counted as ``Summary`` counts findings.
    static func fixedSentence(_ fixed: [Diagnostic]) -> String {
        let found = Summary(fixed).description
        return found.hasPrefix("Found ") ? "Fixed " + found.dropFirst("Found ".count) : found
    }
}

extension ColorChoice: ExpressibleByArgument {}
