import PEP508

/// Analyses that more than one rule reads, computed once per document instead of
/// once per rule, and the work budgets the rules share: PC301 and PC302 read the
/// same-name groups, PC204 and PC205 the Python-marker analysis.
///
/// `@unchecked Sendable`: a document is linted by one thread from start to end, so
/// the memo is never written from two threads.
final class DocumentAnalyses: @unchecked Sendable {
    var sameNameGroups: [SameNameGroup]?
    var pythonMarkers: [(entry: RequirementEntry, dead: Bool, alwaysTrue: [MarkerComparison])]?
    /// Marker comparisons that the overlap test of PC302 may still decide in this document
    /// (see ``MarkerOverlap``).
    var markerOverlapBudget = MarkerOverlap.documentBudget
    /// Edit-distance cells "did you mean" may still compute in this document (see
    /// ``Suggestion``).
    var suggestionBudget = Suggestion.documentBudget
}
