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

    mutating func append(repeating element: Element, count n: Int) {
        if count + n > capacity { grow(count + n) }
        (base + count).initialize(repeating: element, count: n)
        count += n
    }

    mutating func insert(_ element: Element, at index: Int) {
        if count == capacity { grow(count + 1) }
        (base + index + 1).moveInitialize(from: base + index, count: count - index)
        (base + index).initialize(to: element)
        count += 1
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

extension ArenaBuffer where Element: Comparable {
    /// Sorts the elements from `start` on.
    func sort(from start: Int) {
        var slice = UnsafeMutableBufferPointer(start: base + start, count: count - start)
        slice.sort()
    }
}

extension ArenaBuffer where Element == UInt32 {
    /// An open-addressing table of `size` slots (a power of two) holding `entry + 1` for
    /// each of `entries` at its hash: the unique tables grown.
    static func hashTable(size: Int, entries: Range<Int>, hash: (Int) -> Int) -> ArenaBuffer<UInt32> {
        let table = ArenaBuffer<UInt32>(repeating: 0, count: size)
        let mask = size - 1
        for entry in entries {
            var slot = hash(entry) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = UInt32(entry + 1)
        }
        return table
    }
}
