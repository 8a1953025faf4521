import ArgumentParser

struct MarkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marker",
        abstract: "Combine, compare and simplify environment markers (exact to SPEC.md).",
        discussion: """
            Answers hold for every environment that gives each variable a value, with \
            python_version the first two numbers of python_full_version (docs/marker-algebra.md). \
            Results are printed in canonical form; an always-true marker prints as an empty line.
            """,
        subcommands: [
            MarkerSimplifyCommand.self, MarkerAndCommand.self, MarkerOrCommand.self, MarkerNotCommand.self,
            MarkerImpliesCommand.self, MarkerDisjointCommand.self, MarkerCheckCommand.self,
        ]
    )
}
