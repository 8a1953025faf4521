import MarkerAlgebra
import PEP440
import PEP508

/// Two markers, one a line, through the marker algebra, whose answers are checked by
/// evaluating the markers themselves (PEP508's evaluator, independent of the algebra) in
/// environments of the algebra's model: two complete real machines and the witnesses the
/// algebra gives.
///
/// The printed marker has the same condition; a witness of true (false) makes the marker
/// evaluate to true (false); the rendered condition and the simplified marker evaluate as
/// the marker does, and have its condition; `and`/`or` of the markers have the conditions
/// combined; `implies` and `isDisjoint` hold in every environment tried, and where the
/// first marker does not imply the second, a witness of `a and not b` shows it. An
/// operation past its budget, or a condition with no exact spelling, is no finding.
///
/// The input's length picks one of three models, each with the evaluation context that
/// goes with it: `extra` one string (metadata), `extra` a set (metadata), and a lock file
/// (where every `extra` comparison raises).
enum AlgebraTarget {
    struct Mode {
        var options: MarkerAlgebra.Options
        var context: MarkerContext
    }

    /// A step budget that keeps each input to a few milliseconds.
    static let modes = [
        Mode(options: .init(budget: 200_000), context: .metadata),
        Mode(options: .init(extra: .set, budget: 200_000), context: .metadata),
        Mode(options: .init(context: .lockFile, budget: 200_000), context: .lockFile),
    ]

    static func run(_ bytes: [UInt8]) {
        let input = lines(bytes, limit: 2)
        guard let a = Marker(input[0]) else { return }
        let b = input.count > 1 ? Marker(input[1]) : nil
        do {
            try check(a, b, modes[bytes.count % modes.count])
        } catch {
            // Enough work for one input, or nothing to write: no answer, no finding.
            guard error.kind == .budgetExceeded || error.kind == .notExpressible else {
                violated("\(error) for \(input.map(\.debugDescription))")
            }
        }
    }

    static func check(_ a: Marker, _ b: Marker?, _ mode: Mode) throws(AlgebraError) {
        let algebra = MarkerAlgebra(options: mode.options)
        func evaluate(_ marker: Marker, _ environment: MarkerEnvironment) -> Outcome {
            Outcome { () throws(ParseError) in try marker.evaluate(in: environment, context: mode.context) }
        }
        let ca = try algebra.condition(a)
        let shown = a.description.debugDescription
        require(try algebra.condition(Marker(a.description)!) == ca, "\(shown): its printed form has another condition")

        var environments = [MarkerEnvironments.completeLinux, MarkerEnvironments.completeWindows]
        for value in [true, false] {
            guard let witness = try ca.witness(value) else { continue }
            require(evaluate(a, witness) == .value(value), "\(shown): evaluates to \(evaluate(a, witness)) in its witness of \(value)")
            environments.append(witness)
        }
        if ca.isAlwaysTrue || ca.isNeverTrue {
            for environment in environments {
                let outcome = evaluate(a, environment)
                require(outcome == .value(ca.isAlwaysTrue) || (ca.canRaise && outcome != .value(!ca.isAlwaysTrue)),
                        "\(shown): the algebra says always \(ca.isAlwaysTrue), it evaluates to \(outcome)")
            }
        }

        // The condition written back, and the simplified marker, mean the same.
        let rendered = try algebra.render(ca)
        var rewritten: [(String, Marker?)] = [("simplified", try algebra.simplify(a))]
        if !rendered.isEmpty {
            guard let marker = Marker(rendered) else { violated("\(shown): the condition renders as \(rendered.debugDescription), which does not parse") }
            rewritten.append(("rendered", marker))
        } else {
            rewritten.append(("rendered", nil))
        }
        for (form, other) in rewritten {
            guard let other else {
                require(ca.isAlwaysTrue, "\(shown): \(form) to nothing (always true), but the condition is not")
                continue
            }
            require(try algebra.condition(other) == ca, "\(shown): \(form) as \(other.description.debugDescription), which has another condition")
            for environment in environments where !ca.canRaise {
                require(evaluate(other, environment) == evaluate(a, environment),
                        "\(shown): \(form) as \(other.description.debugDescription), which evaluates differently")
            }
        }

        guard let b else { return }
        let cb = try algebra.condition(b)
        let pair = "\(shown) and \(b.description.debugDescription)"
        require(try algebra.condition(a.and(b)) == ca.and(cb), "\(pair): the condition of `and` is not the conditions combined")
        require(try algebra.condition(a.or(b)) == ca.or(cb), "\(pair): the condition of `or` is not the conditions combined")
        for value in [true, false] {
            if let witness = try cb.witness(value) { environments.append(witness) }
        }
        let implies = try ca.implies(cb)
        let disjoint = try ca.isDisjoint(with: cb)
        for environment in environments {
            let (x, y) = (evaluate(a, environment), evaluate(b, environment))
            if implies && x == .value(true) { require(y != .value(false), "\(pair): said to imply, yet true then false") }
            if disjoint { require(!(x == .value(true) && y == .value(true)), "\(pair): said to be disjoint, yet both true") }
        }
        if !implies, let witness = try ca.and(cb.negated()).witness(true) {
            require(evaluate(a, witness) == .value(true) && evaluate(b, witness) == .value(false),
                    "\(pair): the witness that the first does not imply the second is none")
        }
    }
}
