import PEP508

/// Analyses that more than one rule reads, computed once per document instead of
/// once per rule: PC301 and PC302 share the same-name pairs, PC204 and PC205 the
/// Python-marker analysis.
///
/// `@unchecked Sendable`: a document is linted by one thread from start to end, so
/// the memo is never written from two threads.
final class DocumentAnalyses: @unchecked Sendable {
    var sameNamePairs: [(RequirementEntry, Requirement, RequirementEntry, Requirement)]?
    var pythonMarkers: [(entry: RequirementEntry, dead: Bool, alwaysTrue: [MarkerComparison])]?
}
