/// The storage of a non-empty ``SpecifierSet``: its clauses in one allocation.
///
/// An array of specifiers is destroyed by the runtime's generic per-element code and grows
/// through a general path; this class knows its element type, so freeing a set of one
/// clause is a few instructions, and the parser appends to it in place.
@usableFromInline
final class SpecifierClauses: ManagedBuffer<SpecifierClauses.Header, Specifier> {
    // Not mutated once a set that holds it is visible: `SpecifierSet.append` copies a
    // storage it does not own alone.

    @usableFromInline
    struct Header {
        @usableFromInline var count: Int
        // Kept rather than read from `ManagedBuffer.capacity`, which asks the allocator.
        @usableFromInline var capacity: Int
    }

    /// Empty storage with room for `capacity` clauses.
    static func make(capacity: Int) -> SpecifierClauses {
        let buffer = create(minimumCapacity: capacity) { _ in Header(count: 0, capacity: capacity) }
        return unsafeDowncast(buffer, to: SpecifierClauses.self)
    }

    deinit {
        // Clause by clause: `deinitialize(count:)` goes through the runtime's generic
        // array destruction, which is what this class exists to avoid.
        withUnsafeMutablePointers { header, elements in
            for i in 0..<header.pointee.count { _ = (elements + i).move() }
        }
    }

    // Through the header pointer: `ManagedBuffer.header` is a stored class property, and
    // reading it goes through the runtime's dynamic exclusivity checks.
    @inlinable
    var count: Int { withUnsafeMutablePointerToHeader { $0.pointee.count } }

    @inlinable
    var room: Int { withUnsafeMutablePointerToHeader { $0.pointee.capacity } }

    /// Appends `clause`; there must be room.
    func append(_ clause: consuming Specifier) {
        let (header, elements) = withUnsafeMutablePointers { ($0, $1) }
        (elements + header.pointee.count).initialize(to: clause)
        header.pointee.count += 1
    }

    /// A copy with room for `capacity` clauses.
    func copy(capacity: Int) -> SpecifierClauses {
        let copy = SpecifierClauses.make(capacity: capacity)
        withUnsafeMutablePointers { header, elements in
            copy.withUnsafeMutablePointers { copyHeader, copyElements in
                copyElements.initialize(from: elements, count: header.pointee.count)
                copyHeader.pointee.count = header.pointee.count
            }
        }
        return copy
    }

    @inlinable
    func withClauses<R>(_ body: (UnsafeBufferPointer<Specifier>) throws -> R) rethrows -> R {
        try withUnsafeMutablePointers { header, elements in
            try body(UnsafeBufferPointer(start: elements, count: header.pointee.count))
        }
    }
}
