import ArgumentParser
import MarkerAlgebra
import PEP440
import PEP508

/// Reading the commands' inputs; every failure is drawn on standard error and ends the
/// command with exit code 2.
enum MarkerInput {
    static func marker(_ text: String, _ what: String) throws -> Marker {
        do {
            return try Marker(parsing: text)
        } catch {
            Output.error("error: \(what) is not a valid marker\n" + error.rendered(source: text) + "\n")
            throw ExitCode(ExitStatus.usage)
        }
    }

    static func specifiers(_ text: String, _ what: String) throws -> SpecifierSet {
        do {
            return try SpecifierSet(parsing: text)
        } catch {
            Output.error("error: \(what) is not a valid specifier set\n" + error.rendered(source: text) + "\n")
            throw ExitCode(ExitStatus.usage)
        }
    }

    static func condition(_ text: String, _ what: String, in algebra: MarkerAlgebra) throws -> MarkerCondition {
        let parsed = try marker(text, what)
        return try run { () throws(AlgebraError) in try algebra.condition(parsed) }
    }

    /// Runs an algebra operation, turning its error into a message and exit code 2.
    static func run<T>(_ body: () throws(AlgebraError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Output.error("error[\(error.kind.rawValue)]: \(error.message)\n")
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// The text of a result; when marker syntax cannot state it, `fallback` (an exact but
    /// unsimplified spelling) with a note, or an error.
    static func rendered(_ condition: MarkerCondition, fallback: String?) throws -> String {
        do {
            return try condition.algebra.render(condition)
        } catch {
            guard error.kind == .notExpressible, let fallback else {
                Output.error("error[\(error.kind.rawValue)]: \(error.message)\n")
                throw ExitCode(ExitStatus.usage)
            }
            Output.error("note: no shorter exact spelling: \(error.message)\n")
            return fallback
        }
    }

    /// Prints a yes/no answer: `true` (exit 0) or `false` (exit 1).
    static func answer(_ yes: Bool) throws {
        try Output.print(yes ? "true" : "false")
        if !yes { throw ExitCode(ExitStatus.findings) }
    }

    /// Comparisons of `marker` that raise in some environment, for a note.
    static func raisingComparisons(_ marker: Marker, in algebra: MarkerAlgebra) -> [String] {
        var found: [String] = []
        func walk(_ tree: MarkerTree) {
            switch tree {
            case .comparison(let c):
                if let condition = try? algebra.condition(Marker(.comparison(c))), condition.canRaise {
                    found.append(c.description)
                }
            case .group(let terms, _):
                terms.forEach(walk)
            }
        }
        walk(marker.tree)
        return found
    }
}
