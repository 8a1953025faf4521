import PEP440
import PEP508

/// PC204 and PC205 share this analysis: every Python that `requires-python` allows is
/// tried against the `python_version` / `python_full_version` comparisons of a marker.
enum PythonMarkerAnalysis {
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
        for entry in document.allRequirements {
            guard let marker = entry.marker else { continue }
            let pythonComparisons = marker.comparisons.filter {
                guard let (variable, _, _) = $0.variableAndLiteral else { return false }
                return variable.name == "python_version" || variable.name == "python_full_version"
            }
            guard !pythonComparisons.isEmpty else { continue }
            let literals = pythonComparisons.compactMap { $0.variableAndLiteral?.literal }
            let candidates = MarkerDecider.pythonCandidates(requiresPython: requiresPython, markerVersions: literals)
            guard !candidates.isEmpty else { continue }
            let dead = candidates.allSatisfy { candidate in
                marker.evaluate { MarkerDecider.decide($0, python: candidate, specifiers: specifiers) } == false
            }
            let alwaysTrue = dead ? [] : pythonComparisons.filter { comparison in
                candidates.allSatisfy { MarkerDecider.decide(comparison, python: $0, specifiers: specifiers) == true }
            }
            results.append((entry, dead, alwaysTrue))
        }
        return results
    }
}
