import ArgumentParser
import MarkerAlgebra

struct MarkerAndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "and",
        abstract: "Print `A and B`, simplified (empty when always true).")

    @OptionGroup var pair: MarkerPairArguments

    func run() throws {
        let (algebra, a, b) = try pair.conditions()
        let result = try pair.options.simplified(MarkerInput.run { () throws(AlgebraError) in try a.and(b) }, in: algebra)
        try Output.print(MarkerInput.rendered(result, fallback: "(\(pair.left)) and (\(pair.right))"))
    }
}
