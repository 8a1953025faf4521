import ArgumentParser
import MarkerAlgebra
import PEP440
import PEP508

/// Options every `pepcheck marker` command shares: how environments are read, and what the
/// caller vouches for about them.
struct MarkerAlgebraOptions: ParsableArguments {
    @Option(name: .long, help: "Only interpreters this specifier set allows, e.g. '>=3.9'.")
    var requiresPython: String?

    @Option(name: .long, help: "A marker every environment is known to satisfy, e.g. 'platform_system != \"Windows\" or sys_platform == \"win32\"'.")
    var assuming: String?

    @Flag(name: .long, help: "Read `extra` as the set of requested extras (lock files, uv's conflict markers) instead of one name.")
    var extraAsSet = false

    @Flag(name: .long, help: "Lock-file context: every comparison with `extra` raises (SPEC.md §2.6).")
    var lockFile = false

    @Option(name: .long, help: "Most steps one operation may take before it gives up.")
    var budget = 1_000_000

    func makeAlgebra() -> MarkerAlgebra {
        MarkerAlgebra(options: .init(extra: extraAsSet ? .set : .single, context: lockFile ? .lockFile : .metadata, budget: budget))
    }

    /// The condition every environment satisfies: `--requires-python` and `--assuming`.
    func assumption(in algebra: MarkerAlgebra) throws -> MarkerCondition {
        var condition = algebra.always
        if let requiresPython {
            let set = try MarkerInput.specifiers(requiresPython, "--requires-python")
            condition = try MarkerInput.run { () throws(AlgebraError) in try condition.and(algebra.condition(requiresPython: set)) }
        }
        if let assuming {
            let marker = try MarkerInput.marker(assuming, "--assuming")
            condition = try MarkerInput.run { () throws(AlgebraError) in try condition.and(algebra.condition(marker)) }
        }
        return condition
    }

    /// `condition` simplified under the assumptions.
    func simplified(_ condition: MarkerCondition, in algebra: MarkerAlgebra) throws -> MarkerCondition {
        var result = condition
        if let requiresPython {
            let set = try MarkerInput.specifiers(requiresPython, "--requires-python")
            result = try MarkerInput.run { () throws(AlgebraError) in try result.simplified(requiresPython: set) }
        }
        if let assuming {
            let marker = try MarkerInput.marker(assuming, "--assuming")
            result = try MarkerInput.run { () throws(AlgebraError) in try result.simplified(assuming: algebra.condition(marker)) }
        }
        return result
    }
}
