import ArgumentParser
import MarkerAlgebra

/// The two markers of `and`, `or`, `implies` and `disjoint`, with the shared options.
struct MarkerPairArguments: ParsableArguments {
    @Argument(help: "The first marker (A).") var left: String
    @Argument(help: "The second marker (B).") var right: String
    @OptionGroup var options: MarkerAlgebraOptions

    /// A fresh algebra and the two conditions in it.
    func conditions() throws -> (algebra: MarkerAlgebra, a: MarkerCondition, b: MarkerCondition) {
        let algebra = options.makeAlgebra()
        return (algebra, try MarkerInput.condition(left, "A", in: algebra), try MarkerInput.condition(right, "B", in: algebra))
    }
}
