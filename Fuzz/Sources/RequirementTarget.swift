import PEP440
import PEP508

/// A PEP 508 requirement. One that parses prints to text that parses back to an equal
/// requirement with the same text and the same meaning (name, extras, specifier, URL,
/// and a marker that evaluates alike); building it from its parts gives the same text.
/// Every error has kind `invalid-requirement` (SPEC.md §4) and a span inside the input.
enum RequirementTarget {
    static func run(_ bytes: [UInt8]) {
        let source = text(bytes)
        guard let requirement = parsed(source, kinds: ["invalid-requirement"], "requirement", { text throws(ParseError) in try Requirement(parsing: text) }, optional: Requirement.init)
        else { return }
        let shown = source.debugDescription
        require(PackageName.isValid(requirement.name), "\(shown): parsed name \(requirement.name.debugDescription) is not a valid name")
        for extra in requirement.extras {
            require(PackageName.isValid(extra), "\(shown): parsed extra \(extra.debugDescription) is not a valid name")
        }
        let printed = requirement.description
        let again = roundTrip(requirement, from: source) { text throws(ParseError) in try Requirement(parsing: text) }
        require(again.name == requirement.name && again.url == requirement.url && again.extras.sorted() == requirement.extras.sorted(),
                "\(shown): name, URL or extras change through \(printed.debugDescription)")

        let built = Requirement(name: requirement.name, extras: requirement.extras, specifier: requirement.specifier,
                                url: requirement.url, marker: requirement.marker)
        require(built == requirement && built.description == printed, "\(shown): built from its parts it prints as \(built.description.debugDescription)")

        // The same meaning: the specifier accepts the same versions, the marker evaluates alike.
        for clause in requirement.specifier.specifiers {
            guard let version = clause.version else { continue }
            for v in [version, version.baseVersion] {
                require(again.specifier.contains(v, prereleases: true) == requirement.specifier.contains(v, prereleases: true),
                        "\(shown): the reprinted specifier disagrees on \(v)")
            }
        }
        guard let marker = requirement.marker else {
            require(again.marker == nil, "\(shown): a marker appears through \(printed.debugDescription)")
            return
        }
        guard let reprinted = again.marker else { violated("\(shown): the marker is lost through \(printed.debugDescription)") }
        require(Marker(marker.description) == marker, "\(shown): its marker does not round-trip on its own")
        for environment in MarkerEnvironments.all(for: marker) {
            for context in MarkerEnvironments.contexts {
                let a = Outcome { () throws(ParseError) in try marker.evaluate(in: environment, context: context) }
                let b = Outcome { () throws(ParseError) in try reprinted.evaluate(in: environment, context: context) }
                require(a == b, "\(shown): the marker evaluates to \(a), reprinted to \(b) (\(context))")
            }
        }
    }
}
