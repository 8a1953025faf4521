import CYAML

/// Loads one YAML document into ``YAMLNode``s through libyaml's event parser.
///
/// The loader accepts the plain data subset of YAML that configuration files need and
/// rejects the rest with a located ``YAMLError``: anchors, aliases, explicit tags,
/// duplicate keys, non-scalar keys, more than one document, invalid UTF-8, and
/// collections nested deeper than ``maxDepth``. Every scalar stays a string. A leading
/// byte order mark is allowed, as YAML allows it.
///
/// Loading is linear in the size of the input: every node is moved once, from a
/// stack of pending nodes into its parent's array, and duplicate keys are found by a
/// short scan for small mappings and a hash table for large ones. Building the tree
/// uses an explicit stack, not recursion, and the depth limit keeps every later walk
/// of the tree (including deallocation) shallow.
public struct YAMLLoader: Sendable {
    /// The default limit on nested sequences and mappings.
    public static let defaultMaxDepth = 64

    /// The deepest nesting of collections accepted; the root collection is depth 1.
    public var maxDepth: Int

    public init(maxDepth: Int = YAMLLoader.defaultMaxDepth) {
        self.maxDepth = maxDepth
    }

    /// Loads the single document in `text`; `file` names it in errors.
    public func load(_ text: String, file: String) throws(YAMLError) -> YAMLNode {
        try load(bytes: Array(text.utf8), file: file)
    }

    /// Loads the single document in `bytes` (UTF-8); `file` names it in errors.
    public func load(bytes: [UInt8], file: String) throws(YAMLError) -> YAMLNode {
        try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in try load(buffer: buffer, file: file) }
    }

    /// Loads the single document in `buffer` (UTF-8, borrowed for the call only); `file`
    /// names it in errors. Text compiled into the program is read this way, uncopied.
    public func load(buffer: UnsafeBufferPointer<UInt8>, file: String) throws(YAMLError) -> YAMLNode {
        try load(buffer: buffer, file: file, stopBeforeKey: nil).root
    }

    /// Loads the root mapping's entries that come before the first top-level `key`, and
    /// stops there: libyaml never reads the rest, so a file's header costs what the
    /// header costs, however large its body. The rest of the file is not checked.
    ///
    /// When the root is not a mapping, or `key` is absent, the whole document is loaded.
    public func loadHeader(buffer: UnsafeBufferPointer<UInt8>, file: String, before key: String)
        throws(YAMLError) -> YAMLNode
    {
        try load(buffer: buffer, file: file, stopBeforeKey: key).root
    }

    /// What one load did, counted: the tests bound the work per node with these, so that
    /// a quadratic regression fails without timing anything.
    struct Statistics: Equatable {
        /// Nodes built (scalars and collections).
        var nodes = 0
        /// Nodes moved from the pending stack into their parent collection.
        var moves = 0
        /// Keys compared with a new key to find duplicates (hash lookups count one).
        var keyComparisons = 0
    }

    func load(buffer: UnsafeBufferPointer<UInt8>, file: String, stopBeforeKey: String?)
        throws(YAMLError) -> (root: YAMLNode, statistics: Statistics)
    {
        var positions = try SourcePositions(buffer: buffer, file: file)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(
                code: .syntax, message: "expected a working YAML parser, found libyaml out of memory",
                file: file, mark: YAMLMark(line: 1, column: 1, offset: 0))
        }
        defer { yaml_parser_delete(&parser) }
        // libyaml does not skip a byte order mark when the encoding is set explicitly: it
        // would count it as a column of the first line and misread the indentation.
        let body = UnsafeBufferPointer(rebasing: buffer[positions.bodyStart...])
        // An empty buffer may have no address; libyaml wants one, even for no bytes.
        let placeholder = body.baseAddress == nil ? UnsafeMutablePointer<UInt8>.allocate(capacity: 1) : nil
        defer { placeholder?.deallocate() }
        yaml_parser_set_input_string(&parser, body.baseAddress ?? UnsafePointer(placeholder!), body.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var builder = TreeBuilder(file: file, maxDepth: maxDepth, stopBeforeKey: stopBeforeKey)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw positions.libyamlError(parser)
            }
            defer { yaml_event_delete(&event) }
            if let root = try builder.consume(event, mark: positions.mark(event.start_mark)) {
                return (root, builder.statistics)
            }
        }
    }
}

/// Turns the event stream into a tree, enforcing the loader's restrictions.
///
/// The children of every open collection wait, in document order, on one stack
/// (`pending`); when a collection ends its children are moved into its array at once.
/// Mutating a collection's array in place while it is open would copy it on every
/// append (the copy held by the enclosing frame keeps it shared): quadratic time.
private struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var mark: YAMLMark
        /// Index in `pending` of the collection's first child.
        var start: Int
        /// The keys seen so far, once the mapping is too large to scan them.
        var keys: [String: YAMLMark]?
    }

    /// Mappings up to this many keys find duplicates by scanning; larger ones hash.
    private static let scanLimit = 8

    let file: String
    let maxDepth: Int
    let stopBeforeKey: String?
    private var frames: [Frame] = []
    private var pending: [YAMLNode] = []
    private var root: YAMLNode?
    private var documents = 0
    private(set) var statistics = YAMLLoader.Statistics()

    init(file: String, maxDepth: Int, stopBeforeKey: String?) {
        self.file = file
        self.maxDepth = maxDepth
        self.stopBeforeKey = stopBeforeKey
    }

    private func fail(_ code: YAMLError.Code, _ message: String, at mark: YAMLMark) -> YAMLError {
        YAMLError(code: code, message: message, file: file, mark: mark)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ count: Int? = nil) -> String? {
        guard let pointer else { return nil }
        let length = count ?? strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    /// Whether the next node completes a key of the innermost open mapping.
    private var expectsKey: Bool {
        guard let top = frames.last, top.isMapping else { return false }
        return (pending.count - top.start) % 2 == 0
    }

    /// Consumes one event starting at `mark`; returns the root once the stream ends
    /// (or once the header asked for is complete).
    mutating func consume(_ event: yaml_event_t, mark: YAMLMark) throws(YAMLError) -> YAMLNode? {
        switch event.type {
        case YAML_STREAM_END_EVENT:
            guard let root else {
                throw fail(.emptyDocument, "expected a YAML document, found an empty stream", at: mark)
            }
            return root
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                throw fail(.multipleDocuments, "expected a single document, found `---` starting a second one", at: mark)
            }
        case YAML_ALIAS_EVENT:
            let name = Self.text(event.data.alias.anchor) ?? ""
            throw fail(.alias, "expected a plain value, found alias `*\(name)`", at: mark)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            try reject(anchor: scalar.anchor, tag: scalar.tag, at: mark)
            let value = Self.text(scalar.value, scalar.length) ?? ""
            if expectsKey {
                if frames.count == 1, value == stopBeforeKey { return close() }
                try checkUnique(key: value, at: mark)
            }
            attach(YAMLNode(.scalar(value), mark: mark, file: file))
        case YAML_SEQUENCE_START_EVENT:
            try reject(anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag, at: mark)
            try open(isMapping: false, at: mark, kind: "a sequence")
        case YAML_MAPPING_START_EVENT:
            try reject(anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag, at: mark)
            try open(isMapping: true, at: mark, kind: "a mapping")
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            attach(close())
        default:
            break
        }
        return nil
    }

    private func reject(
        anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?, at mark: YAMLMark
    ) throws(YAMLError) {
        if let name = Self.text(anchor) {
            throw fail(.anchor, "expected a plain value, found anchor `&\(name)`", at: mark)
        }
        if let tag = Self.text(tag) {
            throw fail(.tag, "expected an untagged value, found tag `\(tag)`", at: mark)
        }
    }

    private mutating func open(isMapping: Bool, at mark: YAMLMark, kind: String) throws(YAMLError) {
        if expectsKey {
            throw fail(.nonScalarKey, "expected a scalar mapping key, found \(kind)", at: mark)
        }
        if frames.count >= maxDepth {
            throw fail(
                .tooDeep, "expected collections nested at most \(maxDepth) deep, found deeper nesting", at: mark)
        }
        frames.append(Frame(isMapping: isMapping, mark: mark, start: pending.count, keys: nil))
    }

    /// Ends the innermost collection, moving its children out of `pending`.
    private mutating func close() -> YAMLNode {
        let frame = frames.removeLast()
        statistics.moves += pending.count - frame.start
        return YAMLNode.collecting(&pending, from: frame.start, isMapping: frame.isMapping, mark: frame.mark, file: file)
    }

    private mutating func attach(_ node: YAMLNode) {
        statistics.nodes += 1
        if frames.isEmpty {
            root = node
        } else {
            pending.append(node)
        }
    }

    private mutating func checkUnique(key: String, at mark: YAMLMark) throws(YAMLError) {
        let top = frames.count - 1
        if frames[top].keys == nil {
            let start = frames[top].start
            var index = start
            while index < pending.count {
                statistics.keyComparisons += 1
                if case .scalar(let seen) = pending[index].value, seen == key {
                    throw duplicate(key, at: mark, first: pending[index].mark)
                }
                index += 2
            }
            let count = (pending.count - start) / 2
            guard count >= Self.scanLimit else { return }
            // From here on the mapping's keys are hashed: the scan above ran at most
            // `scanLimit` times per key.
            var keys: [String: YAMLMark] = [:]
            keys.reserveCapacity(count * 2)
            index = start
            while index < pending.count {
                if case .scalar(let seen) = pending[index].value { keys[seen] = pending[index].mark }
                index += 2
            }
            keys[key] = mark
            frames[top].keys = keys
            return
        }
        statistics.keyComparisons += 1
        if let first = frames[top].keys?[key] {
            throw duplicate(key, at: mark, first: first)
        }
        frames[top].keys?[key] = mark
    }

    private func duplicate(_ key: String, at mark: YAMLMark, first: YAMLMark) -> YAMLError {
        fail(.duplicateKey, "expected a unique key, found `\(key)` again (first at \(first))", at: mark)
    }
}
