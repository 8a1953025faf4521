import PEP440
import PEP508

/// PC204 and PC205 share this analysis: every Python that `requires-python` allows is
/// tried against the `python_version` / `python_full_version` comparisons of a marker.
///
/// Markers repeat (`python_version < "3.11"` on half the dependencies), so each distinct
/// marker is analysed once and its answer reused. The work is bounded: a marker naming
/// more than ``literalLimit`` Python versions, and every marker once ``documentBudget``
/// comparisons have been decided in the document, are left undecided (no finding).
enum PythonMarkerAnalysis {
    static let literalLimit = 64
    static let documentBudget = 4_000_000

    /// For each requirement with a marker: whether the marker is false for every allowed
    /// Python, and the Python comparisons that are true for every allowed Python.
    static func run(_ document: PyProject, _ visit: (RequirementEntry, _ dead: Bool, _ alwaysTrue: [MarkerComparison]) -> Void) {
        let results = document.analyses.pythonMarkers ?? analyse(document)
        document.analyses.pythonMarkers = results
        for result in results { visit(result.entry, result.dead, result.alwaysTrue) }
    }

    private static func analyse(_ document: PyProject) -> [(entry: RequirementEntry, dead: Bool, alwaysTrue: [MarkerComparison])] {
        var results: [(entry: RequirementEntry, dead: Bool, alwaysTrue: [MarkerComparison])] = []
        guard let text = document.project?.requiresPython,
              let requiresPython = try? SpecifierSet(parsing: text.string) else { return results }
        let specifiers = SpecifierCache()
        // By marker text: whether it is dead, and which of its Python comparisons (by
        // position) are always true. The same text has the same comparisons in the same
        // order, and a marker with nothing to report is not even read again.
        var known: [Substring: (dead: Bool, alwaysTrue: [Int])?] = [:]
        var budget = documentBudget
        for entry in document.requirements where entry.textContains("python_") {
            let key = entry.markerSource
            if let key, let cached = known[key], cached == nil || (cached?.dead == false && cached?.alwaysTrue.isEmpty == true) {
                continue
            }
            guard let marker = entry.marker else { continue }
            let pythonComparisons = marker.comparisons.filter {
                guard let (variable, _, _) = $0.variableAndLiteral else { return false }
                return variable.name == "python_version" || variable.name == "python_full_version"
            }
            guard !pythonComparisons.isEmpty else { continue }
            let answer: (dead: Bool, alwaysTrue: [Int])?
            if let key, let cached = known[key] {
                answer = cached
            } else {
                answer = decide(marker, pythonComparisons, requiresPython, specifiers, &budget)
                if let key { known[key] = answer }
            }
            guard let answer else { continue }
            results.append((entry, answer.dead, answer.alwaysTrue.map { pythonComparisons[$0] }))
        }
        return results
    }

    /// The answer for one marker, or nil when it is out of budget or no allowed Python
    /// is left to try.
    private static func decide(
        _ marker: MarkerTree, _ pythonComparisons: [MarkerComparison], _ requiresPython: SpecifierSet,
        _ specifiers: SpecifierCache, _ budget: inout Int
    ) -> (dead: Bool, alwaysTrue: [Int])? {
        let literals = pythonComparisons.compactMap { $0.variableAndLiteral?.literal }
        guard Set(literals).count <= literalLimit else { return nil }
        let candidates = MarkerDecider.pythonCandidates(requiresPython: requiresPython, markerVersions: literals)
        guard !candidates.isEmpty else { return nil }
        let cost = candidates.count * (marker.comparisons.count + pythonComparisons.count)
        guard cost <= budget else {
            budget = 0
            return nil
        }
        budget -= cost
        let dead = candidates.allSatisfy { candidate in
            marker.evaluate { MarkerDecider.decide($0, python: candidate, specifiers: specifiers) } == false
        }
        let alwaysTrue = dead ? [] : pythonComparisons.indices.filter { index in
            candidates.allSatisfy { MarkerDecider.decide(pythonComparisons[index], python: $0, specifiers: specifiers) == true }
        }
        return (dead, alwaysTrue)
    }
}
