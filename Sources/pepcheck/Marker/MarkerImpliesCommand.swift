import ArgumentParser
import MarkerAlgebra

struct MarkerImpliesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "implies",
        abstract: "Does every environment where A is true make B true? Prints true or false; exit 0 for true, 1 for false, 2 for invalid input.")

    @OptionGroup var pair: MarkerPairArguments

    func run() throws {
        let (algebra, a, b) = try pair.conditions()
        let assumption = try pair.options.assumption(in: algebra)
        let answer = try MarkerInput.run { () throws(AlgebraError) in try a.implies(b, assuming: assumption) }
        try MarkerInput.answer(answer)
    }
}
