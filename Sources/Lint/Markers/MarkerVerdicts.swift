import MarkerAlgebra
import PEP440
import PEP508

/// What the marker algebra says about one requirement's marker where the requirement is
/// installed (``DocumentAlgebra/Context``). PC204, PC205, PC206 and PC207 read it, and
/// each cause is given to one of them:
///
/// - never true there → PC204 (``dead``), and nothing else is said;
/// - a part (or all) of it that the context guarantees → PC205 when `requires-python`
///   does, PC206 when the extra's own `extra == "NAME"` does (``redundant``);
/// - shorter, once those parts are gone, or always true by itself → PC207 (``simpler``).
struct MarkerVerdict {
    /// What makes a marker always false, or a part of it always true.
    enum Cause: Equatable {
        /// The marker alone (`sys_platform == "linux" and sys_platform == "win32"`).
        case marker
        /// `requires-python`.
        case requiresPython
        /// The extra it belongs to.
        case extra
        /// `requires-python` and the extra together.
        case both
    }

    /// A part of the marker that its context guarantees.
    struct Redundancy {
        var cause: Cause
        /// The scalars to delete, relative to ``MarkerLocation/base``: the part with the `and`
        /// that joins it; nil for the whole marker (with its `;`).
        var removal: Range<Int>?
        /// Comparisons in the part.
        var comparisons: Int
    }

    /// A shorter spelling of the marker.
    struct Simplification {
        /// The marker to write, quoted as the original is; nil when the marker is always
        /// true and can go.
        var text: String?
        var comparisons: Int
        var original: Int
    }

    var dead: Cause?
    var redundant: [Redundancy] = []
    var simpler: Simplification?

    var isEmpty: Bool { dead == nil && redundant.isEmpty && simpler == nil }
}

/// Computes ``MarkerVerdict`` for every requirement of a document with a marker, once per
/// distinct marker text and context, within ``DocumentAlgebra``'s budget.
enum MarkerVerdicts {
    struct Result {
        var entry: RequirementEntry
        var verdict: MarkerVerdict
    }

    private struct Key: Hashable {
        var marker: Substring
        var context: Int
    }

    /// The requirements whose verdict has something to report, in document order.
    static func all(in document: PyProject) -> [Result] {
        if let known = document.analyses.markerVerdicts { return known }
        var results: [Result] = []
        var known: [Key: MarkerVerdict] = [:]
        let algebra = DocumentAlgebra.of(document)
        // Without a URL, a requirement has a marker exactly when it has a marker source.
        for entry in document.requirements where entry.markerSource != nil || entry.requirement?.url != nil {
            if entry.markerSource == nil, entry.requirement?.marker == nil { continue }
            guard let context = algebra.context(of: entry) else { continue }
            let key = entry.markerSource.map { Key(marker: $0, context: context.key) }
            let verdict: MarkerVerdict
            if let key, let cached = known[key] {
                verdict = cached
            } else {
                // Past the budgets, markers already judged are still reported; new ones are not.
                guard !algebra.isExhausted, algebra.takeAnalysis() else { continue }
                verdict = analyse(entry, context, algebra) ?? MarkerVerdict()
                if let key { known[key] = verdict }
            }
            if !verdict.isEmpty { results.append(Result(entry: entry, verdict: verdict)) }
        }
        document.analyses.markerVerdicts = results
        return results
    }

    /// The verdict on one marker; nil when the algebra cannot tell.
    private static func analyse(_ entry: RequirementEntry, _ context: DocumentAlgebra.Context, _ algebra: DocumentAlgebra) -> MarkerVerdict? {
        guard let marker = entry.requirement?.marker, let location = MarkerLocation(entry),
              let condition = algebra.condition(of: entry) else { return nil }
        var verdict = MarkerVerdict()
        let tree = marker.tree
        let total = MarkerAlgebra.comparisonCount(marker)

        // Never true where it is installed: PC204, and nothing else.
        guard let alwaysFalse = algebra.attempt({ () throws(AlgebraError) in
            try holds(.alwaysFalse, condition, context.both)
        }) else { return nil }
        if alwaysFalse {
            verdict.dead = cause(of: .alwaysFalse, condition, context, algebra) ?? .both
            return verdict
        }

        // Always true by itself: it can go (PC207).
        if condition.isAlwaysTrue {
            verdict.simpler = MarkerVerdict.Simplification(text: nil, comparisons: 0, original: total)
            return verdict
        }

        // Guaranteed by the context, whole or in part: PC205 / PC206.
        if context.both != nil, mentionsContext(tree, python: context.python != nil, extra: context.extra != nil) {
            if let whole = guaranteed(condition, context, algebra) {
                // Guaranteed only by both together, yet each term by one of them
                // (`python_version >= "3.8" and extra == "test"`): each term to its rule.
                if whole == .both {
                    var parts: [MarkerVerdict.Redundancy] = []
                    collectRedundant(tree, location, context, algebra, into: &parts)
                    if parts.reduce(0, { $0 + $1.comparisons }) == total, !parts.contains(where: { $0.cause == .both }) {
                        verdict.redundant = parts
                        return verdict
                    }
                }
                verdict.redundant = [MarkerVerdict.Redundancy(cause: whole, removal: nil, comparisons: total)]
                return verdict
            }
            collectRedundant(tree, location, context, algebra, into: &verdict.redundant)
        }

        // Shorter once the guaranteed parts are gone: PC207.
        let remaining = total - verdict.redundant.reduce(0) { $0 + $1.comparisons }
        if remaining >= 2, let simpler = simplify(marker, condition, location, context, algebra), simpler.comparisons < remaining {
            verdict.simpler = MarkerVerdict.Simplification(text: simpler.text, comparisons: simpler.comparisons, original: total)
        }
        return verdict
    }

    private enum Question { case alwaysFalse, alwaysTrue }

    /// Whether `condition` is always false (true) wherever `assumption` holds.
    private static func holds(_ question: Question, _ condition: MarkerCondition, _ assumption: MarkerCondition?) throws(AlgebraError) -> Bool {
        switch (question, assumption) {
        case (.alwaysFalse, nil): return condition.isAlwaysFalse
        case (.alwaysFalse, let assumption?): return try condition.isAlwaysFalse(assuming: assumption)
        case (.alwaysTrue, nil): return condition.isAlwaysTrue
        case (.alwaysTrue, let assumption?): return try condition.isAlwaysTrue(assuming: assumption)
        }
    }

    /// Which part of the context answers `question` about `condition`: the marker alone,
    /// `requires-python`, the extra, or (nil) only both together.
    private static func cause(
        of question: Question, _ condition: MarkerCondition, _ context: DocumentAlgebra.Context, _ algebra: DocumentAlgebra
    ) -> MarkerVerdict.Cause? {
        func answers(_ assumption: MarkerCondition?) -> Bool {
            algebra.attempt { () throws(AlgebraError) in try holds(question, condition, assumption) } == true
        }
        if answers(nil) { return .marker }
        if let python = context.python, answers(python) { return .requiresPython }
        if let extra = context.extra?.condition, answers(extra) { return .extra }
        return nil
    }

    /// Whether the context guarantees `condition` (and it is no tautology), and why.
    private static func guaranteed(_ condition: MarkerCondition, _ context: DocumentAlgebra.Context, _ algebra: DocumentAlgebra) -> MarkerVerdict.Cause? {
        guard let both = context.both, !condition.isAlwaysTrue,
              algebra.attempt({ () throws(AlgebraError) in try condition.isAlwaysTrue(assuming: both) }) == true else { return nil }
        return cause(of: .alwaysTrue, condition, context, algebra) ?? .both
    }

    /// The terms of `and` chains, at any depth, that the context guarantees. A term alone
    /// between `or`s is not one: were it guaranteed, so would be the whole group.
    private static func collectRedundant(
        _ tree: MarkerTree, _ location: MarkerLocation, _ context: DocumentAlgebra.Context, _ algebra: DocumentAlgebra,
        into found: inout [MarkerVerdict.Redundancy]
    ) {
        guard case .group(let terms, let connectives) = tree else { return }
        func connective(_ index: Int) -> MarkerConnective { index < connectives.count ? connectives[index] : .and }
        for (index, term) in terms.enumerated() {
            let joinedBefore = index > 0 && connective(index - 1) == .and
            let joinedAfter = index + 1 < terms.count && connective(index) == .and
            if joinedBefore || joinedAfter, mentionsContext(term, python: context.python != nil, extra: context.extra != nil),
               let condition = algebra.condition(of: term), let cause = guaranteed(condition, context, algebra) {
                // The `and` before it goes with it, or for the first term of a chain the one after.
                let removal = joinedBefore
                    ? location.extent(terms[index - 1]).upperBound..<location.extent(term).upperBound
                    : location.extent(term).lowerBound..<location.extent(terms[index + 1]).lowerBound
                let relative = (removal.lowerBound - location.base)..<(removal.upperBound - location.base)
                found.append(MarkerVerdict.Redundancy(cause: cause, removal: relative, comparisons: term.comparisons.count))
            } else if case .group = term {
                collectRedundant(term, location, context, algebra, into: &found)
            }
        }
    }

    /// Whether `tree` names a variable the context says something about.
    private static func mentionsContext(_ tree: MarkerTree, python: Bool, extra: Bool) -> Bool {
        tree.comparisons.contains { comparison in
            for operand in [comparison.lhs, comparison.rhs] {
                guard case .variable(let variable) = operand else { continue }
                switch variable.name {
                case "python_version", "python_full_version": if python { return true }
                case "extra": if extra { return true }
                default: break
                }
            }
            return false
        }
    }

    /// The algebra's shortest spelling of the marker in its context, quoted as the marker
    /// is, once it is checked to mean the same there; nil when there is none.
    private static func simplify(
        _ marker: Marker, _ condition: MarkerCondition, _ location: MarkerLocation, _ context: DocumentAlgebra.Context,
        _ algebra: DocumentAlgebra
    ) -> (text: String, comparisons: Int)? {
        let python = context.python == nil ? nil : algebra.requiresPython
        let extra = mentionsContext(marker.tree, python: false, extra: true) ? context.extra?.condition : nil
        guard let simplified = algebra.attempt({ () throws(AlgebraError) in
            try algebra.algebra.simplify(marker, requiresPython: python, assuming: extra)
        }), let simplified else { return nil }
        let text = MarkerLocation.requote(simplified.description, with: location.quote)
        guard let written = try? Marker(parsing: text), let meaning = algebra.condition(of: written),
              algebra.sameWithin(context, meaning, condition) else { return nil }
        return (text, MarkerAlgebra.comparisonCount(written))
    }
}
