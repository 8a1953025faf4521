import PEP440
import PEP508

/// The arena in which marker conditions are built and combined.
///
/// A ``MarkerCondition`` is a reduced, ordered decision diagram whose nodes live here,
/// hash-consed in one unique table: two conditions of one algebra have the same meaning
/// exactly when they are the same node, so equality, `isAlwaysTrue` and `isAlwaysFalse` are
/// O(1), and `not` is O(1) through complement edges. `and` and `or` visit each pair of nodes
/// of their operands at most once (O(|A|·|B|)); `implies` and `isDisjoint` walk the same
/// pairs without building anything and stop at the first witness.
///
/// Every operation runs under ``Options/budget``: past that many steps it throws
/// ``AlgebraError/Kind/budgetExceeded`` instead of running on.
///
/// An algebra is not thread-safe; use one per thread (or per task). Conditions keep their
/// algebra alive.
public final class MarkerAlgebra {
    /// What the algebra assumes about environments, and how much work it may do.
    public struct Options: Sendable {
        /// How `extra` is read.
        public enum Extra: Sendable, Hashable {
            /// One string, as core metadata evaluates it (SPEC.md §2.5): `extra == "a" and
            /// extra == "b"` is always false.
            case single
            /// A set of requested extras, as lock files and uv's conflict markers use it
            /// (the SPEC.md §2.5 extension): `extra == "a"` is membership and
            /// `extra == "a" and extra == "b"` can hold.
            case set
        }

        public var extra: Extra
        /// The evaluation context: in ``MarkerContext/lockFile`` every comparison with
        /// `extra` raises (SPEC.md §2.6), elsewhere the context changes nothing (the algebra
        /// reasons about environments that give every variable a value).
        public var context: MarkerContext
        /// The most steps one operation may take before it throws.
        public var budget: Int

        public init(extra: Extra = .single, context: MarkerContext = .metadata, budget: Int = 1_000_000) {
            self.extra = extra
            self.context = context
            self.budget = budget
        }
    }

    public let options: Options

    // MARK: Variables

    var variableKeys: [VariableKey] = []
    var variableTexts: [(positive: String, negative: String?)] = []
    var variableIndex: [VariableKey: UInt32] = [:]
    /// Position of each variable in the order (`VariableKey.precedes`); smaller is nearer the root.
    @exclusivity(unchecked) var rank = ArenaBuffer<UInt32>(capacity: 32)
    var ordered: [UInt32] = []
    @exclusivity(unchecked) var domains = ArenaBuffer<Domain>(capacity: 32)

    // MARK: Labels

    /// Sets of versions (Python's, and the version part of other version fields).
    let pythonLabels = LabelTable<VersionCut>()
    /// Sets of strings (string fields, and unparsable texts of version fields).
    let stringLabels = LabelTable<ByteString>()
    let versionLabels: VersionValueTable

    // MARK: Nodes

    struct Edge: Hashable {
        var label: UInt32
        var child: UInt32
    }

    struct Node {
        var variable: UInt32
        var start: UInt32
        var count: UInt32
        /// For a string node that tests one value, `(element << 1 | named edge) + 1`; 0 for
        /// any other node; `UInt32.max` until ``singleValue(_:)`` first asks (it is asked on
        /// every `and` of two string nodes).
        var single: UInt32 = .max
    }

    /// Node 0 is the terminal; a reference is `index << 1 | complemented`, so reference 0 is
    /// true and 1 is false.
    @exclusivity(unchecked) var nodes: ArenaBuffer<Node> = {
        var nodes = ArenaBuffer<Node>(capacity: 256)
        nodes.append(Node(variable: .max, start: 0, count: 0))
        return nodes
    }()
    @exclusivity(unchecked) var edges = ArenaBuffer<Edge>(capacity: 512)
    /// The unique table: open addressing, 0 for an empty slot, else a node index.
    @exclusivity(unchecked) var slots = ArenaBuffer<UInt32>(repeating: 0, count: 1024)
    /// Edges of the nodes being built, one frame per recursion level.
    @exclusivity(unchecked) var scratch = ArenaBuffer<Edge>(capacity: 64)
    /// Values and children of the string nodes being combined, one frame per recursion level.
    @exclusivity(unchecked) var words = ArenaBuffer<UInt64>(capacity: 64)
    @exclusivity(unchecked) var pairChildren = ArenaBuffer<UInt32>(capacity: 64)
    /// Marks of the walks over diagrams (``support(_:)``): per node and per variable.
    @exclusivity(unchecked) var nodeMarks = ArenaBuffer<UInt32>(capacity: 256)
    @exclusivity(unchecked) var variableMarks = ArenaBuffer<UInt32>(capacity: 32)
    @exclusivity(unchecked) var mark: UInt32 = 0

    struct CacheEntry {
        var a: UInt32 = 0
        var b: UInt32 = 0
        var op: UInt32 = 0
        var result: UInt32 = 0
    }

    /// Results of recent operations, overwritten on collision.
    @exclusivity(unchecked) var cache = ArenaBuffer<CacheEntry>(repeating: CacheEntry(), count: 4096)
    @exclusivity(unchecked) var stepsLeft = 0
    var operationName: StaticString = ""
    /// The budget the operation under way started with, and the steps of those before it.
    var operationBudget = 0
    var earlierSteps = 0

    /// The variables of the markers seen so far (registered ones included), to read back
    /// the comparisons of opaque atoms.
    @exclusivity(unchecked) var registry = MarkerVariables.standard

    /// Version variables that may be written with `~=` in the rendering under way.
    @exclusivity(unchecked) var compatibleVariables: Set<UInt32> = []

    /// Meanings of the comparisons seen so far.
    @exclusivity(unchecked) var comparisonMeanings: [MarkerComparison: Meaning] = [:]

    /// Renderings, per condition (rendering is a function of the diagrams alone).
    @exclusivity(unchecked) var renderings: [UInt64: Result<String, AlgebraError>] = [:]
    /// Labels written as comparisons, per variable and label.
    @exclusivity(unchecked) var labelTexts = IntCache<Formula?>()
    /// Diagram-shaped writings, per node and form.
    @exclusivity(unchecked) var structuredTexts = IntCache<Formula?>()
    /// Prime implicants, per node.
    @exclusivity(unchecked) var primeCache = IntCache<[Cube]?>()

    /// Creates an empty algebra.
    public init(options: Options = Options()) {
        self.options = options
        versionLabels = VersionValueTable(versions: pythonLabels, texts: stringLabels)
    }

    deinit {
        rank.free()
        domains.free()
        nodes.free()
        edges.free()
        slots.free()
        scratch.free()
        words.free()
        pairChildren.free()
        nodeMarks.free()
        variableMarks.free()
        cache.free()
        labelTexts.free()
        structuredTexts.free()
        primeCache.free()
    }

    /// The condition that always holds.
    public var always: MarkerCondition { MarkerCondition(algebra: self, value: Ref.true, raises: Ref.false) }
    /// The condition that never holds.
    public var never: MarkerCondition { MarkerCondition(algebra: self, value: Ref.false, raises: Ref.false) }

    /// Number of nodes built so far (for tests and benchmarks).
    public var nodeCount: Int { nodes.count }

    /// Steps taken by every operation so far, the one under way or last finished included:
    /// what a caller that runs many operations charges to a budget of its own (lint keeps
    /// one per document), since ``Options/budget`` bounds each operation alone.
    public var stepsTaken: Int { earlierSteps + operationBudget - max(stepsLeft, 0) }
}

/// References to nodes: `index << 1 | complemented`.
enum Ref {
    static let `true`: UInt32 = 0
    static let `false`: UInt32 = 1
}
