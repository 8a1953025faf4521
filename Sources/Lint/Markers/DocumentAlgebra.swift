import MarkerAlgebra
import PEP440
import PEP508

/// The marker algebra of one document, for the rules that reason about what markers mean
/// (PC204 to PC207, PC302): one `MarkerAlgebra`, the conditions of the document's markers,
/// and the context each requirement is read in.
///
/// **Context.** A requirement of `[project]` (dependencies, extras) or of a dependency group
/// is only installed on a Python that `requires-python` allows; one of
/// `optional-dependencies.NAME` is published as `marker and extra == "NAME"`. Build
/// requirements are installed into whatever Python builds the project, so they get no
/// context. ``context(of:)`` is that condition.
///
/// **Saying nothing when unsure.** ``condition(of:)`` is nil — and every rule then stays
/// silent — for a marker with a comparison PC202 reports (tools read those differently, so
/// no answer would hold for all of them), one of more than ``comparisonLimit`` comparisons
/// or ``lengthLimit`` bytes, every new marker once the document's markers have used up
/// ``bytesBudget``, and every marker once the document has spent ``documentBudget`` algebra steps, or when
/// an operation exceeds its own ``operationBudget``. Answers of the algebra are exact for
/// the environments SPEC.md describes; "yes" answers (always false, always true, implies,
/// disjoint) hold even when opaque comparisons (`"arm" in platform_machine`) are involved,
/// and where a marker may hold one, PC302 confirms an overlap with a witness environment
/// before it reports (``mayBeOpaque(_:)``).
///
/// **Bounded.** Conditions are memoised by marker text, so a marker repeated on thousands
/// of requirements is read once. Work per distinct marker is bounded by the limits above;
/// the number of distinct markers a document may have analysed is ``analysisBudget``
/// (simplifying and rendering a marker costs tens of microseconds, and a hostile file can
/// hold 100,000 distinct ones), and of witness searches ``witnessBudget``. The algebra's
/// steps do not grow with the length of a literal, but comparing versions does: a marker
/// of 60 comparisons of 1,500-byte versions costs about 7 µs a byte in a release build, so
/// the bytes of the markers read are bounded too (``lengthLimit``, ``bytesBudget``; the
/// costliest markers found within them, `Scripts/gen-lint-scale.py longmarkers 400`, lint
/// in 0.13 s, and 10,000 of them, 10 MB, in 0.7 s). Past a budget the rules say nothing
/// more about the document.
final class DocumentAlgebra {
    /// Steps one algebra operation may take (`MarkerAlgebra.Options.budget`).
    static let operationBudget = 50_000
    /// Steps the whole document may take: some tens of milliseconds of work.
    static let documentBudget = 4_000_000
    /// Markers with more comparisons are not analysed.
    static let comparisonLimit = 64
    /// Distinct (marker, context) pairs ``MarkerVerdicts`` analyses per document.
    static let analysisBudget = 2_000
    /// Witness environments PC302 searches for per document.
    static let witnessBudget = 1_000
    /// Markers longer than this (in bytes, as written) are not analysed; real ones are
    /// under 100 (the corpus's longest is 83).
    static let lengthLimit = 1_024
    /// Bytes of distinct markers read per document.
    static let bytesBudget = 128 * 1_024

    private var analysesLeft = analysisBudget
    private var bytesLeft = bytesBudget
    private var witnessesLeft = witnessBudget

    /// The algebra, made when a marker first needs it: making one costs about as much as
    /// linting a small file, and most files have no marker.
    private(set) lazy var algebra = MarkerAlgebra(options: MarkerAlgebra.Options(budget: Self.operationBudget))
    private let requiresPythonSource: String?
    /// `requires-python` and its condition, when it is valid, satisfiable and free of `===`.
    private lazy var range: (specifier: SpecifierSet, condition: MarkerCondition)? = {
        guard let text = requiresPythonSource, let parsed = try? SpecifierSet(parsing: text),
              let condition = try? algebra.condition(requiresPython: parsed), !condition.isNeverTrue else { return nil }
        // An unsatisfiable range (PC303) would make every marker "always false".
        return (parsed, condition)
    }()

    /// `requires-python`, when it is valid, satisfiable and free of `===`.
    var requiresPython: SpecifierSet? { range?.specifier }
    /// `requires-python` as written, for messages.
    var requiresPythonText: String? { range == nil ? nil : requiresPythonSource }
    /// `requiresPython` as a condition.
    var pythonRange: MarkerCondition? { range?.condition }

    private var conditions: [Substring: MarkerCondition?] = [:]
    private var extraConditions: [String: MarkerCondition?] = [:]
    private var contexts: [String: Context?] = [:]
    private var contextKeys: [String: Int] = [:]
    private var lastContext: (scope: String, context: Context?)?

    init(_ document: PyProject) {
        requiresPythonSource = document.project?.requiresPython?.string
    }

    /// The document's algebra, made on first use.
    static func of(_ document: PyProject) -> DocumentAlgebra {
        if let known = document.analyses.algebra { return known }
        let made = DocumentAlgebra(document)
        document.analyses.algebra = made
        return made
    }

    /// Whether the document's budget is spent.
    var isExhausted: Bool { algebra.stepsTaken > Self.documentBudget }

    /// Runs `body`, or gives nil when the budget is spent or an operation fails.
    func attempt<T>(_ body: () throws(AlgebraError) -> T) -> T? {
        guard !isExhausted else { return nil }
        do throws(AlgebraError) { return try body() } catch { return nil }
    }

    /// Takes one analysis from the budget; false when none is left.
    func takeAnalysis() -> Bool {
        guard analysesLeft > 0 else { return false }
        analysesLeft -= 1
        return true
    }

    /// Takes the bytes of a marker to read from the budget; false for a marker over
    /// ``lengthLimit`` or when the budget is spent.
    private func takeBytes(_ count: Int) -> Bool {
        guard count <= Self.lengthLimit, count <= bytesLeft else { return false }
        bytesLeft -= count
        return true
    }

    /// An environment in which `condition` holds, found within the witness budget; nil
    /// when none is found or the budget is spent.
    func witness(_ condition: MarkerCondition) -> MarkerEnvironment? {
        guard witnessesLeft > 0 else { return nil }
        witnessesLeft -= 1
        return attempt { () throws(AlgebraError) in try condition.witness(true) } ?? nil
    }

    /// Whether the algebra may treat a comparison of `tree` as an opaque atom, for which a
    /// "not disjoint" can be wrong: a literal on the left (`"arm" in platform_machine`,
    /// `"3.8" < python_version`), `===`, or a local version (`== "1.0+abc"`).
    static func mayBeOpaque(_ tree: MarkerTree) -> Bool {
        tree.comparisons.contains { comparison in
            guard let (_, literal, variableFirst) = comparison.variableAndLiteral else { return true }
            return !variableFirst || comparison.op == .arbitraryEqual || literal.contains("+")
        }
    }

    // MARK: Conditions

    /// What the requirement's marker means (``MarkerAlgebra/always`` without one), or nil
    /// when it is not analysed (see the type's documentation).
    func condition(of entry: RequirementEntry) -> MarkerCondition? {
        guard let marker = entry.requirement?.marker else {
            return entry.requirement == nil ? nil : algebra.always
        }
        if let key = entry.markerSource, let known = conditions[key] { return known }
        // A requirement with a URL has no marker source: its whole string bounds the marker.
        let length = entry.markerSource?.utf8.count ?? entry.text.span.count
        let made = takeBytes(length) && Self.isAnalysable(marker.tree)
            ? attempt { () throws(AlgebraError) in try algebra.condition(marker) } : nil
        if let key = entry.markerSource { conditions[key] = made }
        return made
    }

    /// The condition of a marker that is not a requirement's (a rewritten one).
    func condition(of marker: Marker) -> MarkerCondition? {
        Self.isAnalysable(marker.tree) ? attempt { () throws(AlgebraError) in try algebra.condition(marker) } : nil
    }

    /// The condition of a part of a marker.
    func condition(of tree: MarkerTree) -> MarkerCondition? {
        attempt { () throws(AlgebraError) in try algebra.condition(Marker(tree)) }
    }

    /// Whether the algebra's answers about `tree` hold for every tool: no comparison that
    /// PC202 reports, and not too many comparisons.
    static func isAnalysable(_ tree: MarkerTree) -> Bool {
        let comparisons = tree.comparisons
        return comparisons.count <= comparisonLimit
            && !comparisons.contains { MisbehavingMarkerComparisonRule.problem($0) != nil }
    }

    // MARK: Contexts

    /// What is known wherever the requirement is installed. A class: every requirement of a
    /// list shares its list's.
    final class Context {
        /// `requires-python`, when it applies.
        let python: MarkerCondition?
        /// `extra == "NAME"` for `optional-dependencies.NAME`, and the name.
        let extra: (condition: MarkerCondition, name: String)?
        /// Both together; nil when nothing is known.
        let both: MarkerCondition?
        /// A key for memoising analyses that depend on the context: equal for contexts that
        /// say the same.
        let key: Int

        init(python: MarkerCondition? = nil, extra: (condition: MarkerCondition, name: String)? = nil,
             both: MarkerCondition? = nil, key: Int = 0) {
            self.python = python
            self.extra = extra
            self.both = both
            self.key = key
        }
    }

    /// The context of `entry`; nil when it cannot be worked out (an extra whose name no
    /// marker can hold, a spent budget), and then nothing is said about the entry.
    func context(of entry: RequirementEntry) -> Context? {
        // Requirements come list by list: most share the previous one's scope.
        if let last = lastContext, last.scope == entry.scope { return last.context }
        let made: Context?
        if let known = contexts[entry.scope] {
            made = known
        } else {
            made = makeContext(entry.scope)
            contexts[entry.scope] = made
        }
        lastContext = (entry.scope, made)
        return made
    }

    private func makeContext(_ scope: String) -> Context? {
        if scope == "build-system.requires" { return Context(key: key(for: "")) }
        let python = pythonRange
        var extra: (condition: MarkerCondition, name: String)? = nil
        let prefix = "optional-dependencies."
        if scope.hasPrefix(prefix) {
            let name = PackageName.normalize(String(scope.dropFirst(prefix.count)))
            guard let condition = extraCondition(name) else { return nil }
            extra = (condition, name)
        }
        let both: MarkerCondition?
        switch (python, extra?.condition) {
        case (let python?, let extra?):
            guard let made = attempt({ () throws(AlgebraError) in try python.and(extra) }) else { return nil }
            both = made
        case (let python?, nil): both = python
        case (nil, let extra?): both = extra
        case (nil, nil): both = nil
        }
        return Context(python: python, extra: extra, both: both,
                       key: key(for: (python == nil ? "" : "R") + (extra.map { "+" + $0.name } ?? "")))
    }

    /// The number of a context, by what it says.
    private func key(for spelled: String) -> Int {
        if let known = contextKeys[spelled] { return known }
        contextKeys[spelled] = contextKeys.count
        return contextKeys.count - 1
    }

    /// `extra == "NAME"`; nil for a name no marker can hold.
    private func extraCondition(_ name: String) -> MarkerCondition? {
        if let known = extraConditions[name] { return known }
        var made: MarkerCondition? = nil
        if !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "\"" && $0 != "\\" }) {
            made = attempt { () throws(AlgebraError) in try algebra.condition(parsing: "extra == \"\(name)\"") }
        }
        extraConditions[name] = made
        return made
    }

    /// Whether `a` and `b` mean the same wherever `context` holds; false when the algebra
    /// cannot tell.
    func sameWithin(_ context: Context, _ a: MarkerCondition, _ b: MarkerCondition) -> Bool {
        guard let both = context.both else { return a == b }
        return attempt { () throws(AlgebraError) in try a.and(both) == b.and(both) } ?? false
    }

    /// `condition` within `context`: what the requirement's marker means where it is installed.
    func within(_ context: Context, _ condition: MarkerCondition) -> MarkerCondition? {
        guard let both = context.both else { return condition }
        return attempt { () throws(AlgebraError) in try condition.and(both) }
    }
}
