import PEP440
import PEP508

/// A marker expression. One that parses prints to text that parses back to an equal
/// marker with the same text; it evaluates alike in every environment and context in
/// its parsed form, its printed form, rebuilt from its tree and inside a requirement;
/// and `and`/`or` with another marker evaluate as the two values combined (an error in
/// either side is an error of the whole: evaluation does not short-circuit).
enum MarkerTarget {
    /// Markers to combine with: true on one machine and false on the other.
    static let partners = [Marker("python_version >= \"3.9\"")!, Marker("extra == \"test-extra\"")!]

    static func run(_ bytes: [UInt8]) {
        let source = text(bytes)
        guard let marker = parsed(source, kinds: ["invalid-marker"], "marker", { text throws(ParseError) in try Marker(parsing: text) }, optional: Marker.init)
        else { return }
        let again = roundTrip(marker, from: source) { text throws(ParseError) in try Marker(parsing: text) }
        let rebuilt = Marker(marker.tree)
        require(rebuilt == marker, "\(source.debugDescription): the marker rebuilt from its tree prints as \(rebuilt.description.debugDescription)")
        let inRequirement: Marker?
        do {
            inRequirement = try Requirement(parsing: "name; " + source).marker
        } catch {
            violated("\(source.debugDescription) parses as a marker but `name; …` fails: \(error)")
        }
        require(inRequirement == marker, "\(source.debugDescription) inside a requirement parses to \(String(describing: inRequirement))")

        let combined = partners.map { (partner: $0, and: marker.and($0), or: marker.or($0)) }
        for environment in MarkerEnvironments.all(for: marker) {
            for context in MarkerEnvironments.contexts {
                let outcome = Outcome { () throws(ParseError) in try marker.evaluate(in: environment, context: context) }
                for (form, other) in [("printed", again), ("rebuilt", rebuilt), ("in a requirement", inRequirement!)] {
                    let otherOutcome = Outcome { () throws(ParseError) in try other.evaluate(in: environment, context: context) }
                    require(otherOutcome == outcome, "\(source.debugDescription) evaluates to \(outcome), its \(form) form to \(otherOutcome) (\(context))")
                }
                for (partner, and, or) in combined {
                    let partnerOutcome = Outcome { () throws(ParseError) in try partner.evaluate(in: environment, context: context) }
                    check(and, outcome, partnerOutcome, { $0 && $1 }, "and", environment, context)
                    check(or, outcome, partnerOutcome, { $0 || $1 }, "or", environment, context)
                }
            }
        }
    }

    static func check(
        _ combined: Marker, _ left: Outcome, _ right: Outcome, _ op: (Bool, Bool) -> Bool, _ name: String,
        _ environment: MarkerEnvironment, _ context: MarkerContext
    ) {
        let expected: Outcome = switch (left, right) {
        case (.error, _): left
        case (_, .error): right
        case let (.value(a), .value(b)): .value(op(a, b))
        }
        let actual = Outcome { () throws(ParseError) in try combined.evaluate(in: environment, context: context) }
        require(actual == expected, "`\(combined)` (\(name)) evaluates to \(actual), its sides to \(left) and \(right) (\(context))")
    }
}
