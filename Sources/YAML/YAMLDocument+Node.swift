extension YAMLDocument {
    /// One node of a document, read in place: a reference to the document's storage and
    /// the node's position in it (16 bytes, one retain to copy).
    public struct Node: Sendable {
        // Inlinable, with the storage it reads: schema readers in other modules walk
        // tens of thousands of nodes, and a call per step would cost more than the step.
        @usableFromInline let storage: Storage
        @usableFromInline let index: Int

        @usableFromInline init(storage: Storage, index: Int) {
            self.storage = storage
            self.index = index
        }

        @inlinable var record: Record { storage.records[index] }

        /// The file name used in error messages.
        public var file: String { storage.file }

        /// Where the node starts (libyaml's start mark); the start of the file in a
        /// document without positions.
        public var mark: YAMLMark {
            guard index < storage.positions.count else { return YAMLMark(line: 1, column: 1, offset: 0) }
            let position = storage.positions[index]
            return YAMLMark(line: Int(position.line), column: Int(position.column), offset: Int(position.offset))
        }

        @inlinable public var isScalar: Bool { record.kind == .scalar }

        /// A word for the node's shape, for messages: `a scalar`, `a sequence`, `a mapping`.
        public var kindDescription: String {
            switch record.kind {
            case .scalar: "a scalar"
            case .sequence: "a sequence"
            case .mapping: "a mapping"
            }
        }

        /// An error located at this node.
        public func error(_ code: YAMLError.Code, _ message: String) -> YAMLError {
            YAMLError(code: code, message: message, file: file, mark: mark)
        }

        /// The scalar's text; `nil` for a collection.
        @inlinable public var scalar: String? {
            withScalarBytes { String(decoding: $0, as: UTF8.self) }
        }

        /// `body` applied to the scalar's UTF-8 bytes (valid only during the call); `nil`
        /// for a collection.
        @inlinable public func withScalarBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
            let record = record
            guard record.kind == .scalar else { return nil }
            return storage.text.withUnsafeBufferPointer { text in
                body(UnsafeBufferPointer(rebasing: text[Int(record.start)..<Int(record.start) + Int(record.count)]))
            }
        }

        /// Whether the node is the scalar `text`, compared byte by byte (no string is made).
        @inlinable public func isScalar(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { expected in
                withScalarBytes { bytes in bytes.elementsEqual(expected) } ?? false
            }
        }

        /// The node and everything below it as a standalone tree.
        public var tree: YAMLNode {
            let value: YAMLNode.Value
            switch record.kind {
            case .scalar:
                value = .scalar(scalar ?? "")
            case .sequence:
                value = .sequence(Items(of: self).map(\.tree))
            case .mapping:
                value = .mapping(Pairs(of: self).map { YAMLPair(key: $0.key.tree, value: $0.value.tree) })
            }
            return YAMLNode(value, mark: mark, file: file)
        }
    }

    /// Walks the children of a collection in order, stepping over each one's subtree.
    @usableFromInline struct Walk: Sendable {
        @usableFromInline let storage: Storage?
        @usableFromInline var next: Int
        /// Children still to take (a mapping's keys and values both count).
        @usableFromInline var left: Int

        /// The children of `parent`: `perEntry` of them per item or pair.
        @inlinable init(of parent: Node, perEntry: Int) {
            storage = parent.storage
            next = parent.index + 1
            left = perEntry * Int(parent.record.count)
        }

        /// No children.
        @usableFromInline init() {
            storage = nil
            next = 0
            left = 0
        }

        @inlinable mutating func take() -> Node? {
            guard left > 0, let storage else { return nil }
            left -= 1
            let node = Node(storage: storage, index: next)
            next = Int(storage.records[next].end)
            return node
        }
    }

    /// The items of a sequence node, in document order.
    public struct Items: Sequence, Sendable {
        @usableFromInline let walk: Walk

        @inlinable init(of parent: Node) { walk = Walk(of: parent, perEntry: 1) }
        private init() { walk = Walk() }

        /// No items (what an absent optional list reads as).
        public static let empty = Items()

        /// The number of items.
        @inlinable public var count: Int { walk.left }
        @inlinable public var underestimatedCount: Int { count }
        @inlinable public func makeIterator() -> Iterator { Iterator(walk: walk) }

        public struct Iterator: IteratorProtocol {
            @usableFromInline var walk: Walk
            @inlinable init(walk: Walk) { self.walk = walk }
            @inlinable public mutating func next() -> Node? { walk.take() }
        }
    }

    /// One entry of a mapping node: its scalar key and its value.
    public struct Pair: Sendable {
        public let key: Node
        public let value: Node

        @inlinable init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }

        /// The key's text.
        @inlinable public var name: String { key.scalar ?? "" }
    }

    /// The entries of a mapping node, in document order.
    public struct Pairs: Sequence, Sendable {
        @usableFromInline let walk: Walk

        @inlinable init(of parent: Node) { walk = Walk(of: parent, perEntry: 2) }
        private init() { walk = Walk() }

        /// No entries (what an absent optional mapping reads as).
        public static let empty = Pairs()

        /// The number of entries.
        @inlinable public var count: Int { walk.left / 2 }
        @inlinable public var underestimatedCount: Int { count }
        @inlinable public func makeIterator() -> Iterator { Iterator(walk: walk) }

        public struct Iterator: IteratorProtocol {
            @usableFromInline var walk: Walk
            @inlinable init(walk: Walk) { self.walk = walk }

            @inlinable public mutating func next() -> Pair? {
                guard let key = walk.take(), let value = walk.take() else { return nil }
                return Pair(key: key, value: value)
            }
        }
    }
}
