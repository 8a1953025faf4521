/// A loaded YAML document, stored flat: its nodes in preorder in one array, the bytes of
/// its scalars in another, read in place through ``Node``s.
///
/// This is the form the loader builds and schema readers walk. A node costs a 16-byte
/// record (and a 12-byte position) plus its scalar's bytes, where a tree of
/// ``YAMLNode``s costs a string or an array per node, each reference-counted on every
/// copy: a mapping table of 40,000 entries is loaded, read and freed in a handful of
/// allocations. ``tree`` gives the same content as a standalone ``YAMLNode`` tree.
public struct YAMLDocument: Sendable {
    @usableFromInline let storage: Storage

    init(storage: Storage) {
        self.storage = storage
    }

    /// The file name used in error messages.
    public var file: String { storage.file }

    /// The root node.
    public var root: Node { Node(storage: storage, index: 0) }

    /// Whether the nodes know where they start. A document loaded from text does; a
    /// packed one (``YAMLLoader/loadPacked(buffer:file:stopBeforeKey:)``) does not, and
    /// its nodes report the start of the file.
    public var hasPositions: Bool { !storage.positions.isEmpty }

    /// The document as a tree of standalone nodes.
    public var tree: YAMLNode { root.tree }
}

extension YAMLDocument {
    /// One node: its shape, and where its content lies.
    @usableFromInline struct Record: Sendable {
        @usableFromInline enum Kind: UInt8, Sendable {
            case scalar, sequence, mapping
        }

        @usableFromInline var kind: Kind
        /// A scalar's byte count, a sequence's item count, a mapping's pair count.
        @usableFromInline var count: UInt32
        /// A scalar's first byte in the text.
        @usableFromInline var start: UInt32
        /// The index of the first record after this node's subtree: its next sibling's.
        @usableFromInline var end: UInt32

        init(kind: Kind, count: UInt32, start: UInt32, end: UInt32) {
            self.kind = kind
            self.count = count
            self.start = start
            self.end = end
        }
    }

    /// Where a node starts, as ``YAMLMark`` says it, in 12 bytes.
    struct Position: Sendable {
        var line: UInt32
        var column: UInt32
        var offset: UInt32
    }

    /// The arrays of a document, shared by its nodes and never changed once built.
    @usableFromInline final class Storage: Sendable {
        @usableFromInline let file: String
        @usableFromInline let records: [Record]
        @usableFromInline let text: [UInt8]
        /// One per record, or none (a packed document).
        let positions: [Position]

        init(file: String, records: [Record], text: [UInt8], positions: [Position]) {
            self.file = file
            self.records = records
            self.text = text
            self.positions = positions
        }
    }
}
