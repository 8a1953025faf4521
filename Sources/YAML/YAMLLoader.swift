import CYAML

/// Loads one YAML document through libyaml's event parser.
///
/// The loader accepts the plain data subset of YAML that configuration files need and
/// rejects the rest with a located ``YAMLError``: anchors, aliases, explicit tags,
/// duplicate keys, non-scalar keys, more than one document, invalid UTF-8, and
/// collections nested deeper than ``maxDepth``. Every scalar stays a string. A leading
/// byte order mark is allowed, as YAML allows it.
///
/// It builds a ``YAMLDocument`` (``loadDocument(bytes:file:)``): nodes in preorder in one
/// array, scalar bytes in another, so loading is linear in the size of the input and
/// allocates a handful of times however many nodes there are. Duplicate keys are found
/// by a short scan for small mappings and a hash table for large ones. ``load(bytes:file:)``
/// gives the same document as a tree of ``YAMLNode``s.
public struct YAMLLoader: Sendable {
    /// The default limit on nested sequences and mappings.
    public static let defaultMaxDepth = 64

    /// The largest input accepted: scalar bytes and node counts are kept in 32 bits.
    public static let sizeLimit = 1 << 30

    /// The deepest nesting of collections accepted; the root collection is depth 1.
    public var maxDepth: Int

    public init(maxDepth: Int = YAMLLoader.defaultMaxDepth) {
        self.maxDepth = maxDepth
    }

    // MARK: Trees

    /// Loads the single document in `text` as a tree; `file` names it in errors.
    public func load(_ text: String, file: String) throws(YAMLError) -> YAMLNode {
        try loadDocument(bytes: Array(text.utf8), file: file).tree
    }

    /// Loads the single document in `bytes` (UTF-8) as a tree; `file` names it in errors.
    public func load(bytes: [UInt8], file: String) throws(YAMLError) -> YAMLNode {
        try loadDocument(bytes: bytes, file: file).tree
    }

    /// Loads the single document in `buffer` (UTF-8, borrowed for the call only) as a tree.
    public func load(buffer: UnsafeBufferPointer<UInt8>, file: String) throws(YAMLError) -> YAMLNode {
        try loadDocument(buffer: buffer, file: file).tree
    }

    // MARK: Documents

    /// Loads the single document in `bytes` (UTF-8); `file` names it in errors.
    public func loadDocument(bytes: [UInt8], file: String) throws(YAMLError) -> YAMLDocument {
        try bytes.withUnsafeBufferPointer { buffer throws(YAMLError) in try loadDocument(buffer: buffer, file: file) }
    }

    /// Loads the single document in `buffer` (UTF-8, borrowed for the call only).
    public func loadDocument(buffer: UnsafeBufferPointer<UInt8>, file: String) throws(YAMLError) -> YAMLDocument {
        try load(buffer: buffer, file: file, stopBeforeKey: nil).document
    }

    /// Loads the root mapping's entries that come before the first top-level `key`, and
    /// stops there: libyaml never reads the rest, so a file's header costs what the
    /// header costs, however large its body. The rest of the file is not checked.
    ///
    /// When the root is not a mapping, or `key` is absent, the whole document is loaded.
    public func loadHeader(buffer: UnsafeBufferPointer<UInt8>, file: String, before key: String)
        throws(YAMLError) -> YAMLDocument
    {
        try load(buffer: buffer, file: file, stopBeforeKey: key).document
    }

    /// What one load did, counted: the tests bound the work per node with these, so that
    /// a quadratic regression fails without timing anything.
    struct Statistics: Equatable {
        /// Nodes built (scalars and collections).
        var nodes = 0
        /// Keys compared with a new key to find duplicates (hash lookups count one).
        var keyComparisons = 0
    }

    func load(buffer: UnsafeBufferPointer<UInt8>, file: String, stopBeforeKey: String?)
        throws(YAMLError) -> (document: YAMLDocument, statistics: Statistics)
    {
        guard buffer.count <= Self.sizeLimit else {
            throw YAMLError(
                code: .syntax, message: "expected at most \(Self.sizeLimit >> 20) MiB of YAML, found \(buffer.count) bytes",
                file: file, mark: YAMLMark(line: 1, column: 1, offset: 0))
        }
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
        var reader = EventReader(
            builder: DocumentBuilder(file: file, expectedBytes: buffer.count), maxDepth: maxDepth,
            stopBeforeKey: stopBeforeKey.map { Array($0.utf8) })
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw positions.libyamlError(parser)
            }
            defer { yaml_event_delete(&event) }
            if try reader.consume(event, mark: positions.mark(event.start_mark)) {
                let statistics = Statistics(nodes: reader.builder.nodeCount, keyComparisons: reader.builder.keyComparisons)
                return (reader.builder.document(), statistics)
            }
        }
    }
}

/// Turns the event stream into a document, enforcing the loader's restrictions.
private struct EventReader {
    var builder: DocumentBuilder
    let maxDepth: Int
    let stopBeforeKey: [UInt8]?
    private var documents = 0

    init(builder: DocumentBuilder, maxDepth: Int, stopBeforeKey: [UInt8]?) {
        self.builder = builder
        self.maxDepth = maxDepth
        self.stopBeforeKey = stopBeforeKey
    }

    private func fail(_ code: YAMLError.Code, _ message: String, at mark: YAMLMark) -> YAMLError {
        YAMLError(code: code, message: message, file: builder.file, mark: mark)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        let length = strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func position(_ mark: YAMLMark) -> YAMLDocument.Position {
        YAMLDocument.Position(line: UInt32(mark.line), column: UInt32(mark.column), offset: UInt32(mark.offset))
    }

    /// Consumes one event starting at `mark`; true once the document is complete (the
    /// stream ended, or the header asked for is read).
    mutating func consume(_ event: yaml_event_t, mark: YAMLMark) throws(YAMLError) -> Bool {
        switch event.type {
        case YAML_STREAM_END_EVENT:
            guard builder.nodeCount > 0 else {
                throw fail(.emptyDocument, "expected a YAML document, found an empty stream", at: mark)
            }
            return true
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
            // An empty scalar may have no address; an empty buffer is what it holds.
            let bytes = UnsafeBufferPointer(start: scalar.length == 0 ? nil : scalar.value, count: scalar.length)
            if builder.expectsKey {
                if builder.depth == 1, let stop = stopBeforeKey, bytes.elementsEqual(stop) {
                    builder.close()
                    return true
                }
                if let first = builder.earlierKey(bytes) {
                    let key = String(decoding: bytes, as: UTF8.self)
                    throw fail(.duplicateKey, "expected a unique key, found `\(key)` again (first at \(first.line):\(first.column))",
                               at: mark)
                }
            }
            builder.scalar(bytes, at: Self.position(mark))
        case YAML_SEQUENCE_START_EVENT:
            try reject(anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag, at: mark)
            try open(isMapping: false, at: mark, kind: "a sequence")
        case YAML_MAPPING_START_EVENT:
            try reject(anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag, at: mark)
            try open(isMapping: true, at: mark, kind: "a mapping")
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            builder.close()
        default:
            break
        }
        return false
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
        if builder.expectsKey {
            throw fail(.nonScalarKey, "expected a scalar mapping key, found \(kind)", at: mark)
        }
        if builder.depth >= maxDepth {
            throw fail(
                .tooDeep, "expected collections nested at most \(maxDepth) deep, found deeper nesting", at: mark)
        }
        builder.open(isMapping: isMapping, at: Self.position(mark))
    }
}
