/// A growable buffer of plain data for the algebra's arena (nodes, edges, the unique table,
/// the scratch stack, the operation cache).
///
/// An `Array` stored in a class is retained and released around every element read; these
/// buffers hold a bare pointer instead, so the hot loops of `and` read nodes and edges with
/// no reference counting. The owner frees them (``MarkerAlgebra`` in its `deinit`). Only
/// for trivial types.
struct ArenaBuffer<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count: Int
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 4)
        base = .allocate(capacity: self.capacity)
        count = 0
    }

    init(repeating value: Element, count: Int) {
        self.init(capacity: count)
        base.initialize(repeating: value, count: count)
        self.count = count
    }

    func free() { base.deallocate() }

    @inline(__always) subscript(i: Int) -> Element {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    @inline(__always) mutating func append(_ element: Element) {
        if count == capacity { grow(count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Appends `other[from..<to]`.
    mutating func append(from other: ArenaBuffer<Element>, _ from: Int, _ to: Int) {
        let n = to - from
        if count + n > capacity { grow(count + n) }
        (base + count).initialize(from: other.base + from, count: n)
        count += n
    }

    /// Drops the elements from `newCount` on.
    @inline(__always) mutating func truncate(to newCount: Int) { count = newCount }

    private mutating func grow(_ needed: Int) {
        var next = capacity * 2
        while next < needed { next *= 2 }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: next)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = next
    }
}
