import PEP508

/// Analyses that more than one rule reads, computed once per document instead of
/// once per rule, and the work budgets the rules share: PC301 and PC302 read the
/// same-name groups, PC204 to PC207 the marker verdicts, those and PC302 the document's
/// marker algebra.
///
/// `@unchecked Sendable`: a document is linted by one thread from start to end, so
/// the memo is never written from two threads.
final class DocumentAnalyses: @unchecked Sendable {
    var sameNameGroups: [SameNameGroup]?
    var markerVerdicts: [MarkerVerdicts.Result]?
    /// The algebra, its conditions and its budget (see ``DocumentAlgebra``).
    var algebra: DocumentAlgebra?
    /// Edit-distance cells "did you mean" may still compute in this document (see
    /// ``Suggestion``).
    var suggestionBudget = Suggestion.documentBudget
}
