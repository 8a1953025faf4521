import ArgumentParser
import MarkerAlgebra

struct MarkerDisjointCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disjoint",
        abstract: "Is there no environment where A and B are both true? Prints true or false; exit 0 for true, 1 for false, 2 for invalid input.")

    @OptionGroup var pair: MarkerPairArguments

    func run() throws {
        let (algebra, a, b) = try pair.conditions()
        let assumption = try pair.options.assumption(in: algebra)
        let answer = try MarkerInput.run { () throws(AlgebraError) in try a.isDisjoint(with: b, assuming: assumption) }
        try MarkerInput.answer(answer)
    }
}
