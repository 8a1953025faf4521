import ArgumentParser
import MarkerAlgebra

struct MarkerNotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "not",
        abstract: "Print the marker that holds exactly where M does not.",
        discussion: """
            PEP 508 has no `not`: the complement is written with the opposite comparisons. Exit 2 \
            when no exact spelling exists (the complement of `python_full_version > "3.9"` must \
            include 3.9's post-releases, which no finite marker says).
            """)

    @Argument(help: "The marker.") var marker: String
    @OptionGroup var options: MarkerAlgebraOptions

    func run() throws {
        let algebra = options.makeAlgebra()
        let m = try MarkerInput.condition(marker, "M", in: algebra)
        let negated = try options.simplified(MarkerInput.run { () throws(AlgebraError) in try m.negated() }, in: algebra)
        try Output.print(MarkerInput.rendered(negated, fallback: nil))
    }
}
