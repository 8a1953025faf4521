import PEP440

/// How a ``Marker`` stores its expression: its comparisons as plain-data terms in source
/// order and, only when the expression is not a single flat group of comparisons, a list of
/// steps describing its shape.
///
/// Parsing makes no string per literal and no ``MarkerComparison``: a term records where its
/// operands are written and what the evaluator needs (the variable's slot, the operator, the
/// literal pre-parsed as a version where it is compared as one). A literal of up to 16 bytes
/// is copied into its term; longer ones are read from ``source``, the text the marker was
/// parsed from, which is kept only then. Evaluation walks the terms without recursion.
/// ``MarkerTree`` is built from the terms on demand, exactly as the parser used to build it.
///
/// A class, built once and then only read: a marker is one allocation whose first term lives
/// inline, and everything that only some markers need is one optional object, so the common
/// marker (one comparison with a short literal, such as `extra == "test"`) releases nothing
/// when it is freed. (A value type was tried: the requirement grew so large that moving it
/// out of the parser cost more than the allocation.)
///
/// Only the parser (or ``init(_:)``) mutates a program, before anyone else can see it; the
/// stored properties are therefore exempt from dynamic exclusivity checks, which otherwise
/// cost more than evaluating a comparison.
final class MarkerProgram: @unchecked Sendable {
    /// One side of a comparison.
    enum Operand: Sendable {
        case standard(StandardVariable)
        /// A registered variable: its index in ``variables``.
        case registered(Int)
        /// A quoted string: the bytes between the quotes, in ``source``.
        case literal(start: Int, end: Int)

        /// A registered variable found before there was a program to add it to.
        var isUnregistered: Bool {
            if case .registered(let index) = self { return index < 0 }
            return false
        }
    }

    /// One comparison, as plain data.
    struct Term: Sendable {
        var left: Operand
        var op: MarkerOperator
        var right: Operand
        var span: SourceSpan
        /// The variable's type when exactly one side is a variable; nil for a comparison of
        /// two literals or two variables, which is undefined.
        var type: FieldType?
        var variableOnLeft: Bool
        /// Whether `or` (rather than `and`) joins this term to the previous one; only read
        /// when ``steps`` is empty.
        var orBefore: Bool
        /// How the literal is normalised before it is compared (and shown, for a parsed
        /// marker): PEP 685 names for `extra` & co., PEP 825 values for the variant sets.
        var normalization: LiteralNormalization
        /// Whether the literal's bytes are already in normal form, so that they can be
        /// compared as written.
        var literalIsNormal: Bool
        /// The literal parsed for a version comparison (see ``compiled(_:)``), or -1.
        var compiled: Int
        /// The literal's bytes when it has at most 16 (``inlineCount``), so that reading it
        /// needs no ``source``; `inlineCount` is -1 when the literal is read from `source`.
        var inlineBytes: (UInt64, UInt64) = (0, 0)
        var inlineCount: Int8 = -1
    }

    /// A comparison that needs nothing but itself, in 32 bytes of plain data: a standard
    /// variable and a literal of at most 16 bytes that is not parsed ahead (most markers are
    /// one such comparison, `extra == "test"`). A ``Marker`` keeps it without a program.
    struct Compact: Sendable {
        var variable: StandardVariable
        var op: MarkerOperator
        var variableOnLeft: Bool
        var literalIsNormal: Bool
        var count: UInt8
        var bytes: (UInt64, UInt64)
        var spanStart: UInt32
        var spanEnd: UInt32

        /// `left op right` as a compact comparison, or nil when it is not one. `bytes` holds
        /// the literal.
        init?(_ left: Operand, _ op: MarkerOperator, _ right: Operand, span: SourceSpan, in bytes: UnsafeBufferPointer<UInt8>) {
            let variable: StandardVariable, start: Int, end: Int
            switch (left, right) {
            case (.standard(let v), .literal(let s, let e)): (variable, start, end, variableOnLeft) = (v, s, e, true)
            case (.literal(let s, let e), .standard(let v)): (variable, start, end, variableOnLeft) = (v, s, e, false)
            default: return nil
            }
            guard end - start <= 16, span.end <= UInt32.max, !MarkerProgram.needsCompiling(variable.type, op) else {
                return nil
            }
            let literal = UnsafeBufferPointer(rebasing: bytes[start..<end])
            self.variable = variable
            self.op = op
            literalIsNormal = MarkerProgram.isNormal(
                literal, MarkerProgram.normalization(variable, variableOnLeft: variableOnLeft))
            count = UInt8(literal.count)
            self.bytes = (0, 0)
            withUnsafeMutableBytes(of: &self.bytes) { $0.copyMemory(from: UnsafeRawBufferPointer(literal)) }
            (spanStart, spanEnd) = (UInt32(span.start), UInt32(span.end))
        }

        /// The comparison as a term of a program.
        var term: Term {
            let literal = Operand.literal(start: 0, end: Int(count)), variable = Operand.standard(variable)
            var term = Term(
                left: variableOnLeft ? variable : literal, op: op, right: variableOnLeft ? literal : variable,
                span: SourceSpan(start: Int(spanStart), end: Int(spanEnd)), type: self.variable.type,
                variableOnLeft: variableOnLeft, orBefore: false,
                normalization: MarkerProgram.normalization(self.variable, variableOnLeft: variableOnLeft),
                literalIsNormal: literalIsNormal, compiled: -1)
            term.inlineBytes = bytes
            term.inlineCount = Int8(count)
            return term
        }
    }

    /// A literal parsed ahead of evaluation.
    enum Compiled: Sendable {
        /// `variable op "literal"`: the specifier `op literal` (nil when it does not parse,
        /// and the comparison falls back to strings).
        case specifier(Specifier?)
        /// `"literal" op variable`: the literal as a version (nil when it is not one).
        case version(Version?)
    }

    /// The shape of a tree that is not a flat group, in source order: a group is `open`,
    /// its terms with the connectives written between them, `close`.
    enum Step: Sendable {
        case open
        case close
        case comparison(Int)
        case connective(MarkerConnective)
    }

    /// The text the literals' offsets point into, when one is longer than 16 bytes (or two
    /// literals are compared): the parsed input, or for a marker built from a tree, the
    /// tree's literals written one after another. Otherwise empty.
    @exclusivity(unchecked) private(set) var source = ""
    /// Whether a term reads its literal from ``source`` (see ``adopt(_:)``).
    @exclusivity(unchecked) private(set) var needsSource = false
    /// Whether ``MarkerTree`` shows literals normalised (a parsed marker, as packaging does)
    /// or as given (a marker built from a tree gives back exactly that tree).
    private let showsNormalizedLiterals: Bool
    // The first term lives inline: most markers have exactly one comparison.
    @exclusivity(unchecked) private(set) var first: Term?
    /// The first literal parsed ahead (``Term/compiled`` 0), inline for the same reason.
    @exclusivity(unchecked) private var firstCompiled: Compiled?
    /// What only some markers need, out of line, so that a marker of one comparison has
    /// nothing to release.
    @exclusivity(unchecked) private(set) var more: More?

    /// A class, so that reading one field does not copy the others.
    final class More: @unchecked Sendable {
        /// The terms after ``first``.
        @exclusivity(unchecked) var rest: ContiguousArray<Term> = []
        /// The literals parsed ahead after ``firstCompiled``.
        @exclusivity(unchecked) var compiled: ContiguousArray<Compiled> = []
        /// The registered (non-standard) variables the terms name.
        @exclusivity(unchecked) var variables: ContiguousArray<MarkerVariable> = []
        /// Empty when the tree is `.group(comparisons, connectives)` with one connective
        /// between each pair of comparisons (every marker without parentheses).
        @exclusivity(unchecked) var steps: ContiguousArray<Step> = []
        /// The deepest nesting of groups in ``steps``.
        @exclusivity(unchecked) var maximumDepth = 0
    }

    var rest: ContiguousArray<Term> { more?.rest ?? [] }
    /// The literal parsed ahead for a term (``Term/compiled``, not -1).
    func compiled(_ index: Int) -> Compiled {
        index == 0 ? firstCompiled.unsafelyUnwrapped : more.unsafelyUnwrapped.compiled[index - 1]
    }
    var variables: ContiguousArray<MarkerVariable> { more?.variables ?? [] }
    var steps: ContiguousArray<Step> { more?.steps ?? [] }
    var maximumDepth: Int { more?.maximumDepth ?? 0 }
    /// Whether the program is one flat group (no ``steps``).
    var isFlat: Bool {
        guard let more else { return true }
        return more.steps.isEmpty
    }

    private func withMore<R>(_ body: (More) -> R) -> R {
        if more == nil { more = More() }
        return body(more.unsafelyUnwrapped)
    }

    @exclusivity(unchecked) private var structured = false
    @exclusivity(unchecked) private var depth = 0
    /// The connective written after the last term, until the next term arrives.
    @exclusivity(unchecked) private var pending: MarkerConnective?

    /// An empty program for the parser to fill. The parser's caller hands over the text
    /// (``adopt(_:)``) once parsing is done: the parser itself sees only bytes, and passing
    /// the string down would retain it for every requirement, marker or not.
    init(parsing: Void) {
        showsNormalizedLiterals = true
    }

    /// Keeps the text a parsed program's long literals point into, when it has any.
    func adopt(_ text: String) {
        if needsSource { source = text }
    }

    /// Compiles a tree built by hand (the parser uses the builder methods directly).
    init(_ tree: MarkerTree) {
        showsNormalizedLiterals = false
        needsSource = true
        if case .group(let items, let connectives) = tree, !items.isEmpty,
            connectives.count == items.count - 1,
            items.allSatisfy({ if case .comparison = $0 { true } else { false } })
        {
            if items.count > 1 { withMore { $0.rest.reserveCapacity(items.count - 1) } }
        } else {
            structured = true
        }
        append(tree)
    }

    private func append(_ tree: MarkerTree) {
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

    private func add(_ comparison: MarkerComparison) {
        let left = operand(comparison.lhs), right = operand(comparison.rhs)
        source.makeContiguousUTF8()
        let text = source
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            add(left, comparison.op, right, span: comparison.span, in: bytes, inlining: false)
        }
    }

    /// Adds a tree's operand: a literal is appended to ``source``.
    private func operand(_ operand: MarkerOperand) -> Operand {
        switch operand {
        case .variable(let variable):
            if let standard = variable.standard { return .standard(standard) }
            return register(variable)
        case .literal(let value):
            let start = source.utf8.count
            source += value
            return .literal(start: start, end: source.utf8.count)
        }
    }

    /// Adds a registered variable found by the parser.
    func register(_ variable: MarkerVariable) -> Operand {
        withMore {
            $0.variables.append(variable)
            return .registered($0.variables.count - 1)
        }
    }

    // MARK: Building, in source order

    /// The number of terms.
    var count: Int { first == nil ? 0 : (more?.rest.count ?? 0) + 1 }

    /// The term at `index`, in source order. (A plain getter: terms are plain data, and a
    /// `_read` coroutine may allocate its frame.)
    subscript(index: Int) -> Term {
        index == 0 ? first.unsafelyUnwrapped : more.unsafelyUnwrapped.rest[index - 1]
    }

    func openGroup() {
        if !structured, depth == 0, first == nil {
            depth = 1  // the outermost group of a flat marker needs no step
            return
        }
        if !structured { materialise() }
        depth += 1
        withMore { [depth] in
            $0.steps.append(.open)
            $0.maximumDepth = max($0.maximumDepth, depth)
        }
    }

    func closeGroup() {
        depth -= 1
        if structured { withMore { $0.steps.append(.close) } }
    }

    func add(_ connective: MarkerConnective) {
        pending = connective
        if structured { withMore { $0.steps.append(.connective(connective)) } }
    }

    /// Adds the comparison `left op right`; `bytes` is the UTF-8 of the text the literal
    /// offsets point into. With `inlining`, a literal of up to 16 bytes is copied into the
    /// term; otherwise ``source`` must be that text (``adopt(_:)``).
    func add(
        _ left: Operand, _ op: MarkerOperator, _ right: Operand, span: SourceSpan,
        in bytes: UnsafeBufferPointer<UInt8>, inlining: Bool = true
    ) {
        let variable: Operand, literal: (start: Int, end: Int), variableOnLeft: Bool
        switch (left, right) {
        case (.literal, .literal), (.standard, .standard), (.standard, .registered), (.registered, .standard),
            (.registered, .registered):
            if case .literal = left { needsSource = true }
            append(Term(
                left: left, op: op, right: right, span: span, type: nil, variableOnLeft: false,
                orBefore: pending == .or, normalization: .none, literalIsNormal: true, compiled: -1))
            return
        case (.literal(let start, let end), _):
            (variable, literal, variableOnLeft) = (right, (start, end), false)
        case (_, .literal(let start, let end)):
            (variable, literal, variableOnLeft) = (left, (start, end), true)
        }
        let type: FieldType, normalization: LiteralNormalization
        switch variable {
        case .standard(let standard):
            type = standard.type
            normalization = MarkerProgram.normalization(standard, variableOnLeft: variableOnLeft)
        case .registered(let index):
            (type, normalization) = (more.unsafelyUnwrapped.variables[index].type, .none)
        case .literal:
            preconditionFailure("one side is a variable")
        }
        let range = literal.start..<literal.end
        let literalIsNormal = MarkerProgram.isNormal(UnsafeBufferPointer(rebasing: bytes[range]), normalization)
        var compiledIndex = -1
        if MarkerProgram.needsCompiling(type, op) {
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            let value: Compiled = variableOnLeft
                ? .specifier(MarkerProgram.specifier(op, slice))
                : .version(Version(String(decoding: slice, as: UTF8.self)))
            if firstCompiled == nil {
                // The first literal parsed ahead stays inline, like the first term.
                firstCompiled = value
                compiledIndex = 0
            } else {
                compiledIndex = withMore {
                    $0.compiled.append(value)
                    return $0.compiled.count
                }
            }
        }
        var term = Term(
            left: left, op: op, right: right, span: span, type: type, variableOnLeft: variableOnLeft,
            orBefore: pending == .or, normalization: normalization, literalIsNormal: literalIsNormal,
            compiled: compiledIndex)
        if inlining, range.count <= 16 {
            withUnsafeMutableBytes(of: &term.inlineBytes) { raw in
                raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[range]))
            }
            term.inlineCount = Int8(range.count)
        } else {
            needsSource = true
        }
        append(term)
    }

    /// How a literal compared with `variable` is normalised: the literal compared with
    /// `extra` (either side), and the left-hand literal of a membership test on `extras`,
    /// `dependency_groups` or a variant set. These are the cases pypa/packaging 26.3
    /// normalises; the variant sets are SPEC.md's extension.
    static func normalization(_ variable: StandardVariable, variableOnLeft: Bool) -> LiteralNormalization {
        variableOnLeft && variable.type != .extra ? .none : variable.normalization
    }

    static func isNormal(_ literal: UnsafeBufferPointer<UInt8>, _ normalization: LiteralNormalization) -> Bool {
        switch normalization {
        case .none: return true
        case .name: return PackageName.isNormalized(literal)
        case .variant:
            let text = String(decoding: literal, as: UTF8.self)
            return VariantValue.normalize(text) == text
        }
    }

    /// Whether a comparison of a `type` variable by `op` parses its literal as a version (or
    /// specifier) ahead of evaluation.
    static func needsCompiling(_ type: FieldType, _ op: MarkerOperator) -> Bool {
        (type == .version || type == .versionOrString) && op != .in && op != .notIn && op != .arbitraryEqual
    }

    private func append(_ term: Term) {
        if first == nil { first = term } else { withMore { $0.rest.append(term) } }
        pending = nil
        if structured { withMore { [count] in $0.steps.append(.comparison(count - 1)) } }
    }

    /// `op literal` as a specifier, as packaging builds it: `Specifier(f"{op}{literal}")`.
    private static func specifier(_ op: MarkerOperator, _ literal: UnsafeBufferPointer<UInt8>) -> Specifier? {
        op.rawValue.utf8.withContiguousStorageIfAvailable { o in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: o.count + literal.count) { joined in
                _ = joined.initialize(fromContentsOf: o)
                _ = joined[o.count...].initialize(fromContentsOf: literal)
                defer { joined.deinitialize() }
                return try? Specifier.parse(
                    UnsafeBufferPointer(joined), start: 0, end: joined.count, keepingText: false)
            }
        } ?? Specifier(op.rawValue + String(decoding: literal, as: UTF8.self))
    }

    /// Writes the steps of the flat group built so far (still open) and switches to steps.
    private func materialise() {
        structured = true
        var steps: ContiguousArray<Step> = []
        steps.reserveCapacity(2 * count + 4)
        if depth > 0 { steps.append(.open) }
        for index in 0..<count {
            if index > 0 { steps.append(.connective(self[index].orBefore ? .or : .and)) }
            steps.append(.comparison(index))
        }
        if let pending { steps.append(.connective(pending)) }
        withMore { [depth] in
            $0.steps = steps
            $0.maximumDepth = max($0.maximumDepth, depth)
        }
    }

    // MARK: Reading

    // Static, with the program optional: a marker of one compact comparison has no program,
    // and its term needs none (a standard variable, a literal kept in the term).

    /// The variable a term compares, when it compares one with a literal.
    static func variable(of term: Term, in program: MarkerProgram?) -> MarkerVariable? {
        guard term.type != nil else { return nil }
        switch term.variableOnLeft ? term.left : term.right {
        case .standard(let standard): return MarkerVariable(standard)
        case .registered(let index): return program.unsafelyUnwrapped.variables[index]
        case .literal: return nil
        }
    }

    /// Calls `body` with the literal's bytes as written.
    static func withLiteral<R>(of term: Term, in program: MarkerProgram?, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if term.inlineCount >= 0 {
            return withUnsafeBytes(of: term.inlineBytes) { raw in
                body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<Int(term.inlineCount)]))
            }
        }
        guard case .literal(let start, let end) = term.variableOnLeft ? term.right : term.left else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        return program.unsafelyUnwrapped.withSource(start, end, body)
    }

    private func withSource<R>(_ start: Int, _ end: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = source.utf8.withContiguousStorageIfAvailable({ body(UnsafeBufferPointer(rebasing: $0[start..<end])) }) {
            return result
        }
        return Array(source.utf8).withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The literal's text as written.
    static func literalText(of term: Term, in program: MarkerProgram?) -> String {
        withLiteral(of: term, in: program) { String(decoding: $0, as: UTF8.self) }
    }

    /// The literal's text as it is compared: normalised for `extra` & co.
    static func normalizedLiteral(of term: Term, in program: MarkerProgram?) -> String {
        let text = literalText(of: term, in: program)
        return term.literalIsNormal ? text : term.normalization.apply(text)
    }

    /// The comparison a term stands for, as the public tree shows it.
    static func comparison(_ term: Term, in program: MarkerProgram?) -> MarkerComparison {
        MarkerComparison(
            lhs: operand(term.left, term, program), op: term.op, rhs: operand(term.right, term, program),
            span: term.span)
    }

    private static func operand(_ operand: Operand, _ term: Term, _ program: MarkerProgram?) -> MarkerOperand {
        switch operand {
        case .standard(let standard): return .variable(MarkerVariable(standard))
        case .registered(let index): return .variable(program.unsafelyUnwrapped.variables[index])
        case .literal(let start, let end):
            let text = term.type == nil
                ? program.unsafelyUnwrapped.withSource(start, end) { String(decoding: $0, as: UTF8.self) }
                : literalText(of: term, in: program)
            let showsNormalized = program?.showsNormalizedLiterals ?? true
            return .literal(showsNormalized && !term.literalIsNormal ? term.normalization.apply(text) : text)
        }
    }

    func comparison(_ term: Term) -> MarkerComparison { MarkerProgram.comparison(term, in: self) }

    // MARK: The tree

    var tree: MarkerTree {
        if steps.isEmpty {
            return .group(
                (0..<count).map { .comparison(comparison(self[$0])) },
                rest.map { $0.orBefore ? .or : .and })
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
                stack[stack.count - 1].0.append(.comparison(comparison(self[index])))
            case .connective(let connective):
                stack[stack.count - 1].1.append(connective)
            }
        }
        return stack[0].0[0]
    }
}
