import MarkerAlgebra
import PEP440
import PEP508

/// PC302: requirements on the same project whose specifiers have no version in common,
/// under markers that can both be true where both are installed (`foo>=2` and `foo<1;
/// os_name == "nt"`), in requirements installed together (see ``SameNameGroup``).
///
/// Whether the markers overlap is the marker algebra's `isDisjoint`, each marker taken in
/// its context (``DocumentAlgebra/Context``: `requires-python`, and `extra == "NAME"` for an
/// extra's requirements), so `python_version < "3.9"` and `python_full_version >= "3.9"`
/// never conflict, nor do markers `requires-python` keeps apart. A note names an environment
/// in which both apply (the algebra's witness, checked by evaluating both markers); where a
/// marker holds a comparison the algebra may treat as opaque, the overlap counts only with
/// such a witness. Where the algebra cannot tell (a comparison PC202 reports, a spent
/// budget) nothing is reported.
///
/// One finding per project, on the first requirement that conflicts with an earlier one,
/// naming both ranges, with the later conflicting requirements in notes: `pkg==1` …
/// `pkg==1000` give one finding, not 500,000. Requirements are grouped by name in one
/// pass; within a group, pairs are compared in document order up to ``pairBudget`` per
/// group and ``documentPairBudget`` per document (each pair costs a few `contains`
/// calls: most pairs overlap at a version one of them names, and otherwise every set's
/// witnesses are made once; marker answers are memoised per pair of conditions). Example: `numpy>=2` and `numpy<1; sys_platform == 'win32'`.
/// Fix: make the ranges overlap, or the markers exclusive.
struct ConflictingRequirementsRule: LintRule {
    static let info = RuleInfo(
        code: "PC302", name: "conflicting-requirements", severity: .error,
        summary: "Two requirements on one project cannot both be satisfied.",
        rationale: "Where both markers hold, no version satisfies both, and installation fails with a resolver error far from the cause.",
        example: "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"numpy>=2\", \"numpy<1; sys_platform == 'win32'\"]",
        fix: "Make the ranges overlap, or make the markers exclusive (`sys_platform != 'win32'` on the first).")

    /// Pairs compared within one project's requirements.
    static let pairBudget = 4096
    /// Pairs compared within one document.
    static let documentPairBudget = 100_000

    /// A requirement with a satisfiable range worth comparing, and the witnesses of that
    /// range once a pair needs them (most pairs are shown to overlap without them).
    private struct Ranged {
        var member: Int
        var specifier: SpecifierSet
        var witnesses: [Version]? = nil

        mutating func madeWitnesses() -> [Version] {
            if let witnesses { return witnesses }
            let made = VersionCandidates.satisfyingWitnesses(specifier) ?? []
            witnesses = made
            return made
        }
    }

    /// Pairs of conditions whose overlap is known (nil: the algebra cannot tell), and the
    /// environments found in which both hold.
    fileprivate struct Overlaps {
        var known: [Pair: Bool?] = [:]
        var witnesses: [Pair: MarkerEnvironment?] = [:]

        struct Pair: Hashable {
            var a: MarkerCondition
            var b: MarkerCondition
        }
    }

    func check(_ document: PyProject, _ report: inout Findings) {
        var documentPairs = Self.documentPairBudget
        var overlaps = Overlaps()
        for group in SameNameGroup.all(in: document) where documentPairs > 0 {
            // Empty ranges are not compared; unsatisfiable ones are PC303's.
            var ranged = group.members.indices.compactMap { index -> Ranged? in
                let specifier = group.members[index].requirement.specifier
                guard !specifier.isEmpty, VersionCandidates.isUnsatisfiable(specifier) == false else { return nil }
                return Ranged(member: index, specifier: specifier)
            }
            guard ranged.count > 1 else { continue }
            let budget = min(Self.pairBudget, documentPairs)
            var pairs = budget
            // Each later requirement that conflicts with an earlier one, with that one.
            var conflicts: [(earlier: Int, later: Int)] = []
            var complete = true
            later: for j in 1..<ranged.count {
                for i in 0..<j where group.installedTogether(ranged[i].member, ranged[j].member) {
                    guard pairs > 0 else {
                        complete = false
                        break later
                    }
                    pairs -= 1
                    if conflict(group, &ranged, i, j, document, &overlaps) {
                        conflicts.append((ranged[i].member, ranged[j].member))
                        continue later
                    }
                }
            }
            documentPairs -= budget - pairs
            guard let (firstIndex, secondIndex) = conflicts.first else { continue }
            let first = group.members[firstIndex]
            let second = group.members[secondIndex]
            var notes = ["first required as `\(first.requirement)` on line \(document.source.line(of: first.entry.text.span.lowerBound))"]
            if let witness = overlaps.note(first.entry, second.entry, document) { notes.append(witness) }
            let others = conflicts.dropFirst()
            if !others.isEmpty {
                let listed = others.prefix(Listing.limit).map { conflict in
                    "`\(group.members[conflict.later].requirement.specifier)` on line \(document.source.line(of: group.members[conflict.later].entry.text.span.lowerBound))"
                }
                let more = others.count - listed.count
                notes.append("conflicting too: " + listed.joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""))
            }
            if !complete {
                notes.append("only the first \(budget) pairs of the \(group.members.count) requirements on `\(group.name)` were compared")
            }
            report.add(Self.info, second.entry.text.span,
                       "expected a range overlapping `\(first.requirement.specifier)` for `\(second.requirement.name)`, found `\(second.requirement.specifier)`",
                       notes: notes)
        }
    }

    /// Whether two requirements of `group` have no version in common where both markers hold.
    private func conflict(_ group: SameNameGroup, _ ranged: inout [Ranged], _ i: Int, _ j: Int, _ document: PyProject,
                          _ overlaps: inout Overlaps) -> Bool {
        let first = group.members[ranged[i].member], second = group.members[ranged[j].member]
        guard !VersionCandidates.surelyOverlap(ranged[i].specifier, ranged[j].specifier),
              !VersionCandidates.overlap(ranged[i].specifier, ranged[i].madeWitnesses(), ranged[j].specifier, ranged[j].madeWitnesses())
        else { return false }
        return overlaps.overlap(first.entry, second.entry, document) == true
    }
}

extension ConflictingRequirementsRule.Overlaps {
    /// Whether both requirements' markers can hold where both are installed; nil when the
    /// algebra cannot tell. A "yes" involving a comparison the algebra may treat as opaque
    /// counts only with a witness environment (checked by evaluating both markers).
    mutating func overlap(_ a: RequirementEntry, _ b: RequirementEntry, _ document: PyProject) -> Bool? {
        // Two requirements without markers, neither in an extra, apply together everywhere
        // (an empty requires-python is PC303's): no algebra needed.
        if [a, b].allSatisfy({ $0.markerSource == nil && $0.requirement?.marker == nil && !$0.scope.hasPrefix("optional-dependencies.") }) {
            return true
        }
        let algebra = DocumentAlgebra.of(document)
        guard let first = Self.condition(a, algebra), let second = Self.condition(b, algebra) else { return nil }
        let pair = Pair(a: first, b: second)
        if let known = known[pair] { return known }
        var answer: Bool? = nil
        if let disjoint = algebra.attempt({ () throws(AlgebraError) in try first.isDisjoint(with: second) }) {
            answer = !disjoint
            if !disjoint, [a, b].contains(where: { $0.requirement?.marker.map { DocumentAlgebra.mayBeOpaque($0.tree) } ?? false }) {
                answer = witness(first, second, algebra) == nil ? nil : true
            }
        }
        known[pair] = answer
        return answer
    }

    /// The note naming an environment where both apply: only the variables the two markers
    /// (and the extra they are published under) test.
    mutating func note(_ a: RequirementEntry, _ b: RequirementEntry, _ document: PyProject) -> String? {
        let algebra = DocumentAlgebra.of(document)
        guard let first = Self.condition(a, algebra), let second = Self.condition(b, algebra),
              let environment = witness(first, second, algebra) else { return nil }
        var names: [String] = []
        for entry in [a, b] {
            for comparison in entry.requirement?.marker?.tree.comparisons ?? [] {
                for case .variable(let variable) in [comparison.lhs, comparison.rhs] where !names.contains(variable.name) {
                    names.append(variable.name)
                }
            }
            if algebra.context(of: entry)?.extra != nil, !names.contains("extra") { names.append("extra") }
        }
        let parts = names.compactMap { name -> String? in
            guard case .string(let value)? = environment[name] else { return nil }
            return "\(name) == \"\(value)\""
        }
        guard !parts.isEmpty else { return nil }
        return "both apply where `" + parts.joined(separator: " and ") + "`"
    }

    private mutating func witness(_ a: MarkerCondition, _ b: MarkerCondition, _ algebra: DocumentAlgebra) -> MarkerEnvironment? {
        let pair = Pair(a: a, b: b)
        if let known = witnesses[pair] { return known }
        let found = algebra.attempt { () throws(AlgebraError) in try a.and(b) }.flatMap(algebra.witness)
        witnesses[pair] = found
        return found
    }

    /// The requirement's marker within its context.
    private static func condition(_ entry: RequirementEntry, _ algebra: DocumentAlgebra) -> MarkerCondition? {
        guard let context = algebra.context(of: entry), let condition = algebra.condition(of: entry) else { return nil }
        return algebra.within(context, condition)
    }
}
