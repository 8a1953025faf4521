import ArgumentParser
import MarkerAlgebra

struct MarkerOrCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "or",
        abstract: "Print `A or B`, simplified (empty when always true).")

    @OptionGroup var pair: MarkerPairArguments

    func run() throws {
        let (algebra, a, b) = try pair.conditions()
        let result = try pair.options.simplified(MarkerInput.run { () throws(AlgebraError) in try a.or(b) }, in: algebra)
        try Output.print(MarkerInput.rendered(result, fallback: "(\(pair.left)) or (\(pair.right))"))
    }
}
