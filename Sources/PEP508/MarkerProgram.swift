/// How a ``Marker`` stores its expression: the comparisons in source order plus, only when
/// the expression is not a single flat group of comparisons, a list of steps describing its
/// shape. Evaluation walks this flat form without recursion and without copying the
/// comparisons; ``MarkerTree`` is rebuilt from it on demand, exactly as it was built.
struct MarkerProgram: Sendable {
    struct Term: Sendable {
        var comparison: MarkerComparison
        /// Whether `or` (rather than `and`) joins this term to the previous one; only read
        /// when ``steps`` is empty.
        var orBefore: Bool
    }

    /// The shape of a tree that is not a flat group, in source order: a group is `open`,
    /// its terms with the connectives written between them, `close`.
    enum Step: Sendable {
        case open
        case close
        case comparison(Int)
        case connective(MarkerConnective)
    }

    private(set) var terms: ContiguousArray<Term> = []
    /// Empty when the tree is `.group(comparisons, connectives)` with one connective
    /// between each pair of comparisons (every marker without parentheses).
    private(set) var steps: ContiguousArray<Step> = []
    /// The deepest nesting of groups in ``steps``.
    private(set) var maximumDepth = 0

    private var structured = false
    private var depth = 0
    /// The connective written after the last term, until the next term arrives.
    private var pending: MarkerConnective?

    init() {}

    /// Compiles a tree built by hand (the parser uses the builder methods directly).
    init(_ tree: MarkerTree) {
        if case .group(let items, let connectives) = tree, !items.isEmpty,
            connectives.count == items.count - 1,
            items.allSatisfy({ if case .comparison = $0 { true } else { false } })
        {
            terms.reserveCapacity(items.count)
        } else {
            structured = true
        }
        append(tree)
    }

    private mutating func append(_ tree: MarkerTree) {
        switch tree {
        case .comparison(let comparison):
            add(comparison)
        case .group(let items, let connectives):
            openGroup()
            for index in 0..<max(items.count, connectives.count + 1) {
                if index > 0, index - 1 < connectives.count { add(connectives[index - 1]) }
                if index < items.count { append(items[index]) }
            }
            closeGroup()
        }
    }

    // MARK: Building, in source order

    mutating func openGroup() {
        if !structured, depth == 0, terms.isEmpty {
            depth = 1  // the outermost group of a flat marker needs no step
            return
        }
        if !structured { materialise() }
        steps.append(.open)
        depth += 1
        maximumDepth = max(maximumDepth, depth)
    }

    mutating func closeGroup() {
        depth -= 1
        if structured { steps.append(.close) }
    }

    mutating func add(_ connective: MarkerConnective) {
        pending = connective
        if structured { steps.append(.connective(connective)) }
    }

    mutating func add(_ comparison: consuming MarkerComparison) {
        // Most markers have one or two comparisons: one allocation instead of two.
        if terms.isEmpty { terms.reserveCapacity(2) }
        terms.append(Term(comparison: comparison, orBefore: pending == .or))
        pending = nil
        if structured { steps.append(.comparison(terms.count - 1)) }
    }

    /// Writes the steps of the flat group built so far (still open) and switches to steps.
    private mutating func materialise() {
        structured = true
        steps.reserveCapacity(2 * terms.count + 4)
        if depth > 0 { steps.append(.open) }
        for index in terms.indices {
            if index > 0 { steps.append(.connective(terms[index].orBefore ? .or : .and)) }
            steps.append(.comparison(index))
        }
        if let pending { steps.append(.connective(pending)) }
        maximumDepth = max(maximumDepth, depth)
    }

    // MARK: The tree

    var tree: MarkerTree {
        if steps.isEmpty {
            return .group(
                terms.map { .comparison($0.comparison) },
                terms.dropFirst().map { $0.orBefore ? .or : .and })
        }
        var stack: [([MarkerTree], [MarkerConnective])] = [([], [])]
        for step in steps {
            switch step {
            case .open:
                stack.append(([], []))
            case .close:
                let (items, connectives) = stack.removeLast()
                stack[stack.count - 1].0.append(.group(items, connectives))
            case .comparison(let index):
                stack[stack.count - 1].0.append(.comparison(terms[index].comparison))
            case .connective(let connective):
                stack[stack.count - 1].1.append(connective)
            }
        }
        return stack[0].0[0]
    }
}
