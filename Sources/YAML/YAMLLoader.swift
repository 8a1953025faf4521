import CYAML

/// Loads one YAML document into ``YAMLNode``s through libyaml's event parser.
///
/// The loader accepts the plain data subset of YAML that configuration files need and
/// rejects the rest with a located ``YAMLError``: anchors, aliases, explicit tags,
/// duplicate keys, non-scalar keys, more than one document, invalid UTF-8, and
/// collections nested deeper than ``maxDepth``. Every scalar stays a string.
///
/// Building the tree uses an explicit stack, not recursion, and the depth limit keeps
/// every later walk of the tree (including deallocation) shallow.
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
        let positions = try SourcePositions(bytes: bytes, file: file)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(
                code: .syntax, message: "expected a working YAML parser, found libyaml out of memory",
                file: file, mark: YAMLMark(line: 1, column: 1, offset: 0))
        }
        defer { yaml_parser_delete(&parser) }
        var builder = TreeBuilder(file: file, maxDepth: maxDepth, positions: positions)
        let result: Result<YAMLNode, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(positions.libyamlError(parser))
                }
                defer { yaml_event_delete(&event) }
                do throws(YAMLError) {
                    if let root = try builder.consume(event) { return .success(root) }
                } catch {
                    return .failure(error)
                }
            }
        }
        return try result.get()
    }
}

/// Turns the event stream into a tree, enforcing the loader's restrictions.
private struct TreeBuilder {
    private enum Frame {
        case sequence(YAMLMark, [YAMLNode])
        case mapping(YAMLMark, [YAMLPair], key: YAMLNode?, seen: [String: YAMLMark])
    }

    let file: String
    let maxDepth: Int
    let positions: SourcePositions
    private var stack: [Frame] = []
    private var root: YAMLNode?
    private var documents = 0

    init(file: String, maxDepth: Int, positions: SourcePositions) {
        self.file = file
        self.maxDepth = maxDepth
        self.positions = positions
    }

    private func fail(_ code: YAMLError.Code, _ message: String, at mark: YAMLMark) -> YAMLError {
        YAMLError(code: code, message: message, file: file, mark: mark)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, _ count: Int? = nil) -> String? {
        guard let pointer else { return nil }
        let length = count ?? strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    /// Consumes one event; returns the root once the stream ends.
    mutating func consume(_ event: yaml_event_t) throws(YAMLError) -> YAMLNode? {
        let mark = positions.mark(event.start_mark)
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
            try attach(YAMLNode(.scalar(value), mark: mark, file: file))
        case YAML_SEQUENCE_START_EVENT:
            try reject(anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag, at: mark)
            try open(.sequence(mark, []), at: mark, kind: "a sequence")
        case YAML_MAPPING_START_EVENT:
            try reject(anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag, at: mark)
            try open(.mapping(mark, [], key: nil, seen: [:]), at: mark, kind: "a mapping")
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            switch stack.removeLast() {
            case .sequence(let start, let items):
                try attach(YAMLNode(.sequence(items), mark: start, file: file))
            case .mapping(let start, let pairs, _, _):
                try attach(YAMLNode(.mapping(pairs), mark: start, file: file))
            }
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

    private mutating func open(_ frame: Frame, at mark: YAMLMark, kind: String) throws(YAMLError) {
        if case .mapping(_, _, key: nil, _) = stack.last {
            throw fail(.nonScalarKey, "expected a scalar mapping key, found \(kind)", at: mark)
        }
        if stack.count >= maxDepth {
            throw fail(
                .tooDeep, "expected collections nested at most \(maxDepth) deep, found deeper nesting", at: mark)
        }
        stack.append(frame)
    }

    private mutating func attach(_ node: YAMLNode) throws(YAMLError) {
        guard let top = stack.popLast() else {
            root = node
            return
        }
        switch top {
        case .sequence(let start, var items):
            items.append(node)
            stack.append(.sequence(start, items))
        case .mapping(let start, var pairs, let key, var seen):
            if let key {
                pairs.append(YAMLPair(key: key, value: node))
                stack.append(.mapping(start, pairs, key: nil, seen: seen))
            } else {
                guard case .scalar(let name) = node.value else {
                    throw fail(.nonScalarKey, "expected a scalar mapping key, found \(node.kindDescription)", at: node.mark)
                }
                if let first = seen[name] {
                    throw fail(
                        .duplicateKey, "expected a unique key, found `\(name)` again (first at \(first))",
                        at: node.mark)
                }
                seen[name] = node.mark
                stack.append(.mapping(start, pairs, key: node, seen: seen))
            }
        }
    }
}
