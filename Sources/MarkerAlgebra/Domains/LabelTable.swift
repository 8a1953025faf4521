/// The sets that label the edges of decision-diagram nodes, interned: equal sets get the
/// same number, so nodes compare their edges by number, and each operation on a pair of
/// labels is computed once.
///
/// A label is a flag and a sorted list of element numbers, a slice of one pool:
///
/// - ``Kind/cuts``: a ``VersionSet`` — the flag says whether the versions below the first
///   cut are members, the elements are the cuts where membership changes;
/// - ``Kind/strings``: a ``StringSet`` — the flag says co-finite, the elements are the values.
///
/// Elements are numbered once (``element(_:)``). Cuts are kept in version order through
/// `rank` (the meaning of a cut list depends on it); strings need no order but a fixed one,
/// so theirs is the order of their numbers (`rank` is the number) and a new value costs no
/// renumbering. The set operations are merges of integer lists in plain buffers: no Swift
/// values are built, hashed or reference-counted while diagrams are combined. The values
/// themselves are built only for rendering, witnesses and evaluation (``subscript(_:)``,
/// cached, strings sorted by code points).
///
/// Element lists are interned, not labels: a label's number is its list's number times two
/// plus its flag, so a label and its complement (the same list, the other flag) are
/// numbers `2k` and `2k + 1`, and `not` is `^ 1` — nothing to look up or intern. Number 0
/// is the empty set and 1 the whole domain in every table (the empty list).
final class LabelTable<Element: Hashable> {
    enum Kind {
        case cuts
        case strings
    }

    /// An interned element list: a slice of `pool`.
    struct Entry {
        var start: UInt32
        var count: UInt32
        var hash: UInt32
    }

    /// A label: its flag and its list's slice of `pool`.
    struct Label {
        var flag: Bool
        var start: UInt32
        var count: UInt32
    }

    let kind: Kind
    /// The element order, for cuts; nil for strings (the order of numbers).
    private let precedes: ((Element, Element) -> Bool)?
    /// How a label's elements are listed as values (strings: sorted by code points).
    private let listed: ([Element]) -> [Element]

    // MARK: Elements

    private(set) var elements: [Element] = []
    private var elementIndex: [Element: UInt32] = [:]
    /// Element numbers in element order.
    @exclusivity(unchecked) private var ordered = ArenaBuffer<UInt32>(capacity: 64)
    /// Each element's position in the element order (changes when an element is added in
    /// between; the order of the ones already there never does).
    @exclusivity(unchecked) private(set) var rank = ArenaBuffer<UInt32>(capacity: 64)

    // MARK: Labels

    /// The element lists, by list number (a label's number divided by two).
    @exclusivity(unchecked) private var entries = ArenaBuffer<Entry>(capacity: 64)
    @exclusivity(unchecked) private(set) var pool = ArenaBuffer<UInt32>(capacity: 256)
    /// The unique table of lists: open addressing, 0 for an empty slot, else a list number + 1.
    @exclusivity(unchecked) private var slots = ArenaBuffer<UInt32>(repeating: 0, count: 128)
    @exclusivity(unchecked) private var memo = LabelMemo()
    /// ``componentsMeeting(_:_:)`` per pair.
    @exclusivity(unchecked) private var meetings = IntMap()
    /// Labels' elements as values, built on first use.
    @exclusivity(unchecked) private var values: [UInt32: [Element]] = [:]

    init(_ kind: Kind, precedes: ((Element, Element) -> Bool)?, listed: @escaping ([Element]) -> [Element]) {
        self.kind = kind
        self.precedes = precedes
        self.listed = listed
        _ = intern(flag: false, from: pool.count)
    }

    deinit {
        ordered.free()
        rank.free()
        entries.free()
        pool.free()
        slots.free()
        memo.free()
        meetings.free()
    }

    /// The flag and slice of label `id`.
    @inline(__always) func label(_ id: UInt32) -> Label {
        let e = entries[Int(id >> 1)]
        return Label(flag: id & 1 == 1, start: e.start, count: e.count)
    }

    /// The number of `element`, numbering it when it is new.
    func element(_ element: Element) -> UInt32 {
        if let known = elementIndex[element] { return known }
        let id = UInt32(elements.count)
        elements.append(element)
        elementIndex[element] = id
        guard let precedes else {
            ordered.append(id)
            rank.append(id)
            return id
        }
        var low = 0, high = ordered.count
        while low < high {
            let mid = (low + high) / 2
            if precedes(elements[Int(ordered[mid])], element) { low = mid + 1 } else { high = mid }
        }
        ordered.insert(id, at: low)
        rank.append(0)
        for position in low..<ordered.count { rank[Int(ordered[position])] = UInt32(position) }
        return id
    }

    /// Appends the element at `rank` to the pool (for ``intern(flag:from:)``).
    @inline(__always) func appendElement(atRank rank: Int) {
        pool.append(ordered[rank])
    }

    /// Appends an element to the pool (for ``intern(flag:from:)``).
    @inline(__always) func appendElement(_ element: UInt32) {
        pool.append(element)
    }

    /// The label of `flag` and `sorted` (in element order, without repeats).
    func intern(flag: Bool, sorted: some Sequence<Element>) -> UInt32 {
        let base = pool.count
        for e in sorted { pool.append(element(e)) }
        if precedes == nil { pool.sort(from: base) }
        return intern(flag: flag, from: base)
    }

    /// The flag and elements of a label.
    func parts(_ id: UInt32) -> (flag: Bool, elements: [Element]) {
        let e = label(id)
        // Short lists are built again rather than cached (one element needs no listing order).
        if e.count == 1 { return (e.flag, [elements[Int(pool[Int(e.start)])]]) }
        if e.count <= 2 { return (e.flag, listed((0..<Int(e.count)).map { elements[Int(pool[Int(e.start) + $0])] })) }
        if let known = values[id >> 1] { return (e.flag, known) }
        let list = listed((0..<Int(e.count)).map { elements[Int(pool[Int(e.start) + $0])] })
        values[id >> 1] = list
        return (e.flag, list)
    }

    /// The flag and the one element of a label of one element, nil for any other label;
    /// no list is built.
    func single(_ id: UInt32) -> (flag: Bool, element: Element)? {
        let e = label(id)
        guard e.count == 1 else { return nil }
        return (e.flag, elements[Int(pool[Int(e.start)])])
    }

    // MARK: Interning

    private func hash(_ start: Int, _ count: Int) -> UInt32 {
        var h: UInt64 = 0x2545_F491_4F6C_DD1D
        for i in start..<(start + count) {
            h = (h ^ UInt64(pool[i])) &* 0x0000_0100_0000_01B3
        }
        h ^= h >> 29
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    private func same(_ e: Entry, _ start: Int, _ count: Int) -> Bool {
        guard Int(e.count) == count else { return false }
        if Int(e.start) == start { return true }
        for k in 0..<count where pool[Int(e.start) + k] != pool[start + k] { return false }
        return true
    }

    /// The label of `flag` and the elements `pool[base...]`, which are dropped again when
    /// the label exists already.
    func intern(flag: Bool, from base: Int) -> UInt32 {
        let count = pool.count - base
        let h = hash(base, count)
        let (found, slot) = probe(h) { same($0, base, count) }
        if found != 0 {
            pool.truncate(to: base)
            return (found - 1) << 1 | (flag ? 1 : 0)
        }
        return add(Entry(start: UInt32(base), count: UInt32(count), hash: h), at: slot) << 1 | (flag ? 1 : 0)
    }

    /// ``intern(flag:from:)`` of the list `[first, second]` (in element order), which goes
    /// on the pool only when it is new (the hash is ``hash(_:_:)`` written out for two).
    func intern(flag: Bool, _ first: UInt32, _ second: UInt32) -> UInt32 {
        var h: UInt64 = 0x2545_F491_4F6C_DD1D
        h = (h ^ UInt64(first)) &* 0x0000_0100_0000_01B3
        h = (h ^ UInt64(second)) &* 0x0000_0100_0000_01B3
        h ^= h >> 29
        let hash = UInt32(truncatingIfNeeded: h ^ (h >> 32))
        let (found, slot) = probe(hash) { $0.count == 2 && pool[Int($0.start)] == first && pool[Int($0.start) + 1] == second }
        if found != 0 { return (found - 1) << 1 | (flag ? 1 : 0) }
        let start = UInt32(pool.count)
        pool.append(first)
        pool.append(second)
        return add(Entry(start: start, count: 2, hash: hash), at: slot) << 1 | (flag ? 1 : 0)
    }

    /// The list number + 1 of the list of `hash` that `matches`, or 0 and the empty slot
    /// where it goes.
    @inline(__always) private func probe(_ hash: UInt32, _ matches: (Entry) -> Bool) -> (found: UInt32, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let list = slots[slot]
            if list == 0 { return (0, slot) }
            let e = entries[Int(list - 1)]
            if e.hash == hash && matches(e) { return (list, slot) }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a list at the empty `slot` that ``probe(_:_:)`` found; returns its number.
    @inline(__always) private func add(_ entry: Entry, at slot: Int) -> UInt32 {
        let list = UInt32(entries.count)
        entries.append(entry)
        slots[slot] = list + 1
        if entries.count * 2 > slots.count { growSlots() }
        return list
    }

    private func growSlots() {
        let grown = ArenaBuffer<UInt32>.hashTable(size: slots.count * 2, entries: 0..<entries.count) { Int(entries[$0].hash) }
        slots.free()
        slots = grown
    }

    // MARK: Operations

    func and(_ a: UInt32, _ b: UInt32) -> UInt32 { combine(a, b, and: true) }

    func or(_ a: UInt32, _ b: UInt32) -> UInt32 { combine(a, b, and: false) }

    /// The complement: the same list with the other flag.
    @inline(__always) func not(_ a: UInt32) -> UInt32 { a ^ 1 }

    private func combine(_ a: UInt32, _ b: UInt32, and isAnd: Bool) -> UInt32 {
        if let answer = LabelMemo.trivial(a, b, and: isAnd) { return answer }
        if let known = memo.get(a, b, and: isAnd) { return known }
        let id: UInt32
        switch kind {
        case .cuts: id = combineCuts(a, b, and: isAnd)
        case .strings: id = combineStrings(a, b, and: isAnd)
        }
        memo.set(a, b, and: isAnd, id)
        return id
    }

    /// Versions: a walk of both lists of cuts (``VersionSet/merge(_:_:_:_:and:compare:emit:)``).
    private func combineCuts(_ a: UInt32, _ b: UInt32, and isAnd: Bool) -> UInt32 {
        let ea = label(a), eb = label(b)
        let sa = Int(ea.start), sb = Int(eb.start)
        let base = pool.count
        let start = VersionSet.merge(ea.flag, Int(ea.count), eb.flag, Int(eb.count), and: isAnd) { i, j in
            let (x, y) = (rank[Int(pool[sa + i])], rank[Int(pool[sb + j])])
            return x < y ? -1 : (x == y ? 0 : 1)
        } emit: { fromA, k in
            pool.append(pool[fromA ? sa + k : sb + k])
        }
        return intern(flag: start, from: base)
    }

    /// Strings: finite and co-finite sets.
    private func combineStrings(_ a: UInt32, _ b: UInt32, and isAnd: Bool) -> UInt32 {
        let ea = label(a), eb = label(b)
        // Which values of the merged lists the result lists: those only in a, only in b, in both.
        let onlyA: Bool, onlyB: Bool, both: Bool, flag: Bool
        switch (ea.flag, eb.flag, isAnd) {
        case (false, false, true): (onlyA, onlyB, both, flag) = (false, false, true, false)
        case (false, true, true): (onlyA, onlyB, both, flag) = (true, false, false, false)
        case (true, false, true): (onlyA, onlyB, both, flag) = (false, true, false, false)
        case (true, true, true): (onlyA, onlyB, both, flag) = (true, true, true, true)
        case (false, false, false): (onlyA, onlyB, both, flag) = (true, true, true, false)
        case (false, true, false): (onlyA, onlyB, both, flag) = (false, true, false, true)
        case (true, false, false): (onlyA, onlyB, both, flag) = (true, false, false, true)
        case (true, true, false): (onlyA, onlyB, both, flag) = (false, false, true, true)
        }
        let base = pool.count
        var i = Int(ea.start), j = Int(eb.start)
        let endA = i + Int(ea.count), endB = j + Int(eb.count)
        while i < endA || j < endB {
            if j == endB || (i < endA && rank[Int(pool[i])] < rank[Int(pool[j])]) {
                if onlyA { pool.append(pool[i]) }
                i += 1
            } else if i == endA || rank[Int(pool[j])] < rank[Int(pool[i])] {
                if onlyB { pool.append(pool[j]) }
                j += 1
            } else {
                if both { pool.append(pool[i]) }
                i += 1
                j += 1
            }
        }
        return intern(flag: flag, from: base)
    }
}

extension LabelTable where Element == VersionCut {
    convenience init() {
        self.init(.cuts, precedes: { VersionCut.compare($0, $1) < 0 }, listed: { $0 })
    }

    /// The union of the intervals of `may` that meet `must`.
    func componentsMeeting(_ may: UInt32, _ must: UInt32) -> UInt32 {
        if may == 0 || must == 0 { return 0 }
        if may == 1 { return 1 }
        let key = UInt64(may) << 32 | UInt64(must)
        if let known = meetings.get(key) { return known }
        let e = label(may)
        var result: UInt32 = 0
        var lower: UInt32? = nil
        var inside = e.flag
        for k in 0...Int(e.count) {
            let cut: UInt32? = k < Int(e.count) ? pool[Int(e.start) + k] : nil
            if inside {
                let interval = self.interval(lower, cut)
                if and(interval, must) != 0 { result = or(result, interval) }
            }
            lower = cut
            inside.toggle()
        }
        meetings.set(key, result)
        return result
    }

    /// `[lower, upper)`, nil for an unbounded end.
    private func interval(_ lower: UInt32?, _ upper: UInt32?) -> UInt32 {
        let base = pool.count
        if let lower { appendElement(lower) }
        if let upper { appendElement(upper) }
        return intern(flag: lower == nil, from: base)
    }

    func intern(_ set: VersionSet) -> UInt32 { intern(flag: set.startsIn, sorted: set.cuts) }

    subscript(id: UInt32) -> VersionSet {
        let (flag, cuts) = parts(id)
        return VersionSet(startsIn: flag, cuts: cuts)
    }
}

extension LabelTable where Element == ByteString {
    convenience init() {
        self.init(.strings, precedes: nil, listed: { $0.sorted() })
    }

    func intern(_ set: StringSet) -> UInt32 { intern(flag: set.cofinite, sorted: set.values) }

    subscript(id: UInt32) -> StringSet {
        let (flag, values) = parts(id)
        return StringSet(cofinite: flag, values: values)
    }
}

/// Labels of version fields that may hold any text: a pair of a version label and a label
/// of unparsable texts (a ``VersionValueSet``), interned by the pair of numbers.
final class VersionValueTable {
    struct Pair {
        var versions: UInt32
        var texts: UInt32
    }

    let versions: LabelTable<VersionCut>
    let texts: LabelTable<ByteString>
    @exclusivity(unchecked) private var pairs = ArenaBuffer<Pair>(capacity: 64)
    @exclusivity(unchecked) private var index = IntMap()
    @exclusivity(unchecked) private var memo = LabelMemo()

    init(versions: LabelTable<VersionCut>, texts: LabelTable<ByteString>) {
        self.versions = versions
        self.texts = texts
        _ = intern(Pair(versions: 0, texts: 0))
        _ = intern(Pair(versions: 1, texts: 1))
    }

    deinit {
        pairs.free()
        index.free()
        memo.free()
    }

    /// The numbers of a label's version part and text part.
    func parts(_ id: UInt32) -> Pair { pairs[Int(id)] }

    /// The label of a version part and a text part (of unparsable texts only).
    func label(versions: UInt32, texts: UInt32) -> UInt32 { intern(Pair(versions: versions, texts: texts)) }

    private func intern(_ pair: Pair) -> UInt32 {
        let key = UInt64(pair.versions) << 32 | UInt64(pair.texts) | 1 << 63
        if let known = index.get(key) { return known }
        let id = UInt32(pairs.count)
        pairs.append(pair)
        index.set(key, id)
        return id
    }

    func intern(_ set: VersionValueSet) -> UInt32 {
        intern(Pair(versions: versions.intern(set.versions), texts: texts.intern(set.unparsed)))
    }

    subscript(id: UInt32) -> VersionValueSet {
        let pair = pairs[Int(id)]
        return VersionValueSet(versions: versions[pair.versions], unparsedTexts: texts[pair.texts])
    }

    func and(_ a: UInt32, _ b: UInt32) -> UInt32 { combine(a, b, and: true) }

    func or(_ a: UInt32, _ b: UInt32) -> UInt32 { combine(a, b, and: false) }

    private func combine(_ a: UInt32, _ b: UInt32, and isAnd: Bool) -> UInt32 {
        if let answer = LabelMemo.trivial(a, b, and: isAnd) { return answer }
        if let known = memo.get(a, b, and: isAnd) { return known }
        let (x, y) = (pairs[Int(a)], pairs[Int(b)])
        let id = isAnd
            ? intern(Pair(versions: versions.and(x.versions, y.versions), texts: texts.and(x.texts, y.texts)))
            : intern(Pair(versions: versions.or(x.versions, y.versions), texts: texts.or(x.texts, y.texts)))
        memo.set(a, b, and: isAnd, id)
        return id
    }

    func not(_ a: UInt32) -> UInt32 {
        if a <= 1 { return 1 - a }
        let x = pairs[Int(a)]
        return intern(Pair(versions: versions.not(x.versions), texts: texts.not(x.texts)))
    }
}

/// `and` and `or` of labels numbered with 0 for the empty set and 1 for the whole domain:
/// the answers that need no work, and a memo of the others.
struct LabelMemo {
    private var intersections = IntMap()
    private var unions = IntMap()

    func free() {
        intersections.free()
        unions.free()
    }

    @inline(__always) static func trivial(_ a: UInt32, _ b: UInt32, and isAnd: Bool) -> UInt32? {
        if a == b { return a }
        let (absorbing, neutral): (UInt32, UInt32) = isAnd ? (0, 1) : (1, 0)
        if a == absorbing || b == absorbing { return absorbing }
        if a == neutral { return b }
        if b == neutral { return a }
        return nil
    }

    /// Both labels are above 1 (not trivial), so the key is not zero.
    @inline(__always) private static func key(_ a: UInt32, _ b: UInt32) -> UInt64 {
        a < b ? UInt64(a) << 32 | UInt64(b) : UInt64(b) << 32 | UInt64(a)
    }

    @inline(__always) func get(_ a: UInt32, _ b: UInt32, and isAnd: Bool) -> UInt32? {
        isAnd ? intersections.get(Self.key(a, b)) : unions.get(Self.key(a, b))
    }

    mutating func set(_ a: UInt32, _ b: UInt32, and isAnd: Bool, _ id: UInt32) {
        if isAnd { intersections.set(Self.key(a, b), id) } else { unions.set(Self.key(a, b), id) }
    }
}
