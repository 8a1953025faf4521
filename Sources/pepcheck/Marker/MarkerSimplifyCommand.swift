import ArgumentParser
import MarkerAlgebra
import PEP508

struct MarkerSimplifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simplify",
        abstract: "Print the marker in its simplest exact form (empty when always true).",
        discussion: """
            The form is canonical: markers that mean the same print the same. With \
            --requires-python, conditions the range already decides are dropped. When no shorter \
            spelling exists, the marker is printed in its normal form.
            """
    )

    @Argument(help: "The marker, e.g. 'python_version >= \"3.9\" and python_full_version >= \"3.9\"'.")
    var marker: String

    @OptionGroup var options: MarkerAlgebraOptions

    func run() throws {
        let algebra = options.makeAlgebra()
        let parsed = try MarkerInput.marker(marker, "MARKER")
        var assumed: MarkerCondition? = nil
        if options.assuming != nil { assumed = try options.assumption(in: algebra) }
        let requiresPython = try options.requiresPython.map { try MarkerInput.specifiers($0, "--requires-python") }
        let simplified = try MarkerInput.run { () throws(AlgebraError) in
            try algebra.simplify(parsed, requiresPython: requiresPython, assuming: assumed)
        }
        let raising = MarkerInput.raisingComparisons(parsed, in: algebra)
        try emit(simplified?.description ?? "", raising: raising)
    }

    private func emit(_ text: String, raising: [String]) throws {
        try Output.print(text)
        for comparison in raising {
            Output.error("warning: `\(comparison)` raises `undefined-comparison` in some or all environments, and so does every marker that contains it\n")
        }
    }
}
