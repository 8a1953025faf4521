import ArgumentParser
import JSON
import MarkerAlgebra
import PEP508

struct MarkerCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Is the marker always true, always false, or satisfiable? With an environment for each answer.",
        discussion: """
            Prints `always true`, `always false`, `always raises` or `satisfiable`, then an \
            environment in which the marker is true and one in which it is false (where there is \
            one). Exit 0 for satisfiable, 1 for always true or always false (the marker decides \
            nothing), 2 when it always raises or the input is invalid.
            """)

    @Argument(help: "The marker.") var marker: String
    @OptionGroup var options: MarkerAlgebraOptions
    @Flag(name: .long, help: "Print {\"answer\", \"true_in\", \"false_in\", \"can_raise\"} as JSON.") var json = false

    func run() throws {
        let algebra = options.makeAlgebra()
        let m = try MarkerInput.condition(marker, "M", in: algebra)
        let assumption = try options.assumption(in: algebra)
        let (answer, trueIn, falseIn) = try MarkerInput.run { () throws(AlgebraError) -> (String, MarkerEnvironment?, MarkerEnvironment?) in
            let trueIn = try m.and(assumption).witness(true)
            let falseIn = try m.negated().and(assumption).witness(true)
            let answer: String
            if m.alwaysRaises {
                answer = "always raises"
            } else if try m.isAlwaysTrue(assuming: assumption) {
                answer = "always true"
            } else if try m.isAlwaysFalse(assuming: assumption) {
                answer = "always false"
            } else {
                answer = "satisfiable"
            }
            return (answer, trueIn, falseIn)
        }
        try emit(answer, trueIn, falseIn, canRaise: m.canRaise)
        switch answer {
        case "satisfiable": return
        case "always raises": throw ExitCode(ExitStatus.usage)
        default: throw ExitCode(ExitStatus.findings)
        }
    }

    private func emit(_ answer: String, _ trueIn: MarkerEnvironment?, _ falseIn: MarkerEnvironment?, canRaise: Bool) throws {
        if json {
            try Output.print(JSONValue.object([
                ("answer", .string(answer)), ("true_in", trueIn.map(Self.json) ?? .null),
                ("false_in", falseIn.map(Self.json) ?? .null), ("can_raise", .bool(canRaise)),
            ]).serialized)
            return
        }
        var lines = [answer]
        if let trueIn { lines.append("true in:  " + Self.json(trueIn).serialized) }
        if let falseIn { lines.append("false in: " + Self.json(falseIn).serialized) }
        if canRaise && answer != "always raises" { lines.append("note: evaluating it raises in some environments") }
        try Output.print(lines.joined(separator: "\n"))
    }

    static func json(_ env: MarkerEnvironment) -> JSONValue {
        .object(env.names.sorted().map { name -> (String, JSONValue) in
            switch env[name] {
            case .string(let s)?: return (name, .string(s))
            case .set(let s)?: return (name, .array(s.sorted().map { .string($0) }))
            case nil: return (name, .null)
            }
        })
    }
}
