import PEP440

/// PC302: requirements on the same project whose specifiers have no version in common,
/// under markers that can both be true (`foo>=2` and `foo<1; os_name == "nt"`), in
/// requirements installed together (see ``SameNameGroup``).
///
/// One finding per project, on the first requirement that conflicts with an earlier one,
/// naming both ranges, with the later conflicting requirements in notes: `pkg==1` …
/// `pkg==1000` give one finding, not 500,000. Requirements are grouped by name in one
/// pass; within a group, pairs are compared in document order up to ``pairBudget`` per
/// group and ``documentPairBudget`` per document (each pair costs a few `contains`
/// calls: every set's witnesses are made once), and marker overlap is decided within
/// ``MarkerOverlap``'s budget. Example: `numpy>=2` and `numpy<1; sys_platform == 'win32'`.
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

    /// A requirement with a range worth comparing, and the witnesses of that range.
    private struct Ranged {
        var member: Int
        var witnesses: [Version]
    }

    func check(_ document: PyProject, _ report: inout Findings) {
        var documentPairs = Self.documentPairBudget
        for group in SameNameGroup.all(in: document) where documentPairs > 0 {
            // Empty ranges are not compared; unsatisfiable ones are PC303's.
            let ranged = group.members.indices.compactMap { index -> Ranged? in
                let specifier = group.members[index].requirement.specifier
                guard !specifier.isEmpty, let witnesses = VersionCandidates.satisfyingWitnesses(specifier),
                      !witnesses.isEmpty else { return nil }
                return Ranged(member: index, witnesses: witnesses)
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
                    if conflict(group, ranged[i], ranged[j], document) {
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
    private func conflict(_ group: SameNameGroup, _ a: Ranged, _ b: Ranged, _ document: PyProject) -> Bool {
        let first = group.members[a.member], second = group.members[b.member]
        guard !VersionCandidates.overlap(first.requirement.specifier, a.witnesses, second.requirement.specifier, b.witnesses)
        else { return false }
        return MarkerOverlap.canOverlap(first.entry.marker, second.entry.marker, budget: &document.analyses.markerOverlapBudget)
    }
}
