/// The mutable table tree behind a parse: an arena of nodes addressed by index, so that
/// headers and dotted keys can reopen any table cheaply. ``finish(_:definition:)`` turns a
/// node into an immutable ``TOMLTable``.
struct TableBuilder {
    /// How a table node came to exist; decides what may extend it later.
    enum State {
        /// Only named as a parent in a header: a header or dotted keys may still define it.
        case implicit
        /// Defined by a `[header]` or as an `[[array]]` element.
        case header
        /// Created by dotted keys (or inside an inline table).
        case dotted
    }

    enum Slot {
        case value(TOMLValue)
        case node(Int)
    }

    struct Node {
        /// The final entries; those that are child nodes hold a placeholder until ``finish(_:definition:)``.
        var entries: [TOMLTable.Entry] = []
        /// The child node of each entry (-1 for values); empty while no entry is a child node,
        /// which spares leaf tables an allocation.
        var children: [Int] = []
        var index: [String: Int]? = nil
        var state: State
        var definition: TOMLTable.Definition
        var depth: Int
        /// An array of tables: `elements` are its table nodes.
        var isArrayOfTables = false
        var elements: [Int] = []
    }

    /// Tables with more entries than this get a dictionary index.
    static let indexThreshold = 8

    private(set) var nodes: [Node] = [
        Node(state: .header, definition: .root, depth: 0)
    ]

    var mark: Int { nodes.count }

    func depth(of node: Int) -> Int { nodes[node].depth }

    mutating func reset(to mark: Int) {
        nodes.removeSubrange(mark...)
    }

    mutating func newTable(definition: TOMLTable.Definition, depth: Int, state: State) -> Int {
        nodes.append(Node(state: state, definition: definition, depth: depth))
        return nodes.count - 1
    }

    func position(of key: String, in node: Int) -> Int? {
        if let index = nodes[node].index { return index[key] }
        let entries = nodes[node].entries
        for i in entries.indices where entries[i].key.name == key { return i }
        return nil
    }

    func slot(_ position: Int, in node: Int) -> Slot {
        let children = nodes[node].children
        if !children.isEmpty && children[position] >= 0 { return .node(children[position]) }
        return .value(nodes[node].entries[position].value)
    }

    private static let placeholder = TOMLValue(kind: .bool(false), span: 0..<0)

    private mutating func append(key: TOMLKey, _ slot: Slot, to node: Int) {
        let position = nodes[node].entries.count
        switch slot {
        case .value(let value):
            nodes[node].entries.append(TOMLTable.Entry(key: key, value: value))
            if !nodes[node].children.isEmpty { nodes[node].children.append(-1) }
        case .node(let child):
            nodes[node].entries.append(TOMLTable.Entry(key: key, value: TableBuilder.placeholder))
            if nodes[node].children.isEmpty { nodes[node].children = Array(repeating: -1, count: position) }
            nodes[node].children.append(child)
        }
        let entry = nodes[node].entries[position]
        if nodes[node].index != nil {
            nodes[node].index![entry.key.name] = position
        } else if position + 1 > TableBuilder.indexThreshold {
            var index: [String: Int] = [:]
            index.reserveCapacity(position * 2)
            for (i, e) in nodes[node].entries.enumerated() { index[e.key.name] = i }
            nodes[node].index = index
        }
    }

    /// Creates a child table (or array of tables) under `key`, checking the nesting limit.
    private mutating func addChild(
        _ key: TOMLKey, to parent: Int, state: State, definition: TOMLTable.Definition, arrayOfTables: Bool = false
    ) throws(TOMLError) -> Int {
        let depth = nodes[parent].depth + 1
        guard depth <= TOMLDocument.maximumDepth else { throw .nestingTooDeep(at: key.span) }
        let child = newTable(definition: definition, depth: depth, state: state)
        nodes[child].isArrayOfTables = arrayOfTables
        append(key: key, .node(child), to: parent)
        return child
    }

    private func describe(_ value: TOMLValue) -> String {
        switch value.kind {
        case .inlineTable: "an inline table"
        case .array: "an array"
        default: "a value"
        }
    }

    private func alreadyDefined(_ key: TOMLKey, as value: TOMLValue, code: TOMLError.Code) -> TOMLError {
        TOMLError(
            code: code,
            message: "expected a new key, found `\(key.name)` already defined as \(describe(value))",
            span: key.span, firstDefinition: value.span)
    }

    /// `a.b.c = value` inside table `table`.
    mutating func insert(keys: [TOMLKey], value: TOMLValue, into table: Int) throws(TOMLError) {
        var current = table
        for key in keys.dropLast() {
            guard let position = position(of: key.name, in: current) else {
                current = try addChild(key, to: current, state: .dotted, definition: .dottedKey(key.span))
                continue
            }
            switch slot(position, in: current) {
            case .value(let existing):
                let isInline = existing.table != nil || existing.array != nil
                throw alreadyDefined(key, as: existing, code: isInline ? .inlineValueExtended : .duplicateKey)
            case .node(let child):
                let node = nodes[child]
                if node.isArrayOfTables || node.state == .header {
                    throw TOMLError(
                        code: .tableRedefined,
                        message: "expected a new key, found `\(key.name)` already defined by a header",
                        span: key.span, firstDefinition: node.definition.span)
                }
                if node.state == .implicit {
                    nodes[child].state = .dotted
                    nodes[child].definition = .dottedKey(key.span)
                }
                current = child
            }
        }
        let last = keys[keys.count - 1]
        if let position = position(of: last.name, in: current) {
            let firstSpan: Range<Int>
            switch slot(position, in: current) {
            case .value(let existing): firstSpan = existing.span
            case .node(let child): firstSpan = nodes[child].definition.span
            }
            throw TOMLError(
                code: .duplicateKey,
                message: "expected a new key, found `\(last.name)` already defined",
                span: last.span, firstDefinition: firstSpan)
        }
        append(key: last, .value(value), to: current)
    }

    /// Applies a `[table]` or `[[array]]` header and returns the table node it opens.
    mutating func openTable(_ header: TOMLHeader) throws(TOMLError) -> Int {
        var current = 0
        let keys = header.keys
        for (i, key) in keys.enumerated() {
            let isLast = i == keys.count - 1
            guard let position = position(of: key.name, in: current) else {
                if !isLast {
                    current = try addChild(key, to: current, state: .implicit, definition: .implicit(key.span))
                } else if header.isArrayOfTables {
                    let array = try addChild(
                        key, to: current, state: .header, definition: .arrayHeader(header.span), arrayOfTables: true)
                    return try appendElement(to: array, header: header)
                } else {
                    return try addChild(key, to: current, state: .header, definition: .header(header.span))
                }
                continue
            }
            switch slot(position, in: current) {
            case .value(let existing):
                let isInline = existing.table != nil || existing.array != nil
                throw TOMLError(
                    code: isInline ? .inlineValueExtended : .tableRedefined,
                    message: "expected a table, found `\(key.name)` already defined as \(describe(existing))",
                    span: key.span, firstDefinition: existing.span)
            case .node(let child):
                let node = nodes[child]
                if node.isArrayOfTables {
                    if !isLast {
                        current = node.elements[node.elements.count - 1]
                        continue
                    }
                    guard header.isArrayOfTables else {
                        throw TOMLError(
                            code: .tableRedefined,
                            message: "expected a new table, found `\(key.name)` already defined as an array of tables",
                            span: header.span, firstDefinition: node.definition.span)
                    }
                    return try appendElement(to: child, header: header)
                }
                if !isLast {
                    current = child
                    continue
                }
                guard !header.isArrayOfTables, node.state == .implicit else {
                    let how = node.state == .dotted ? "by dotted keys" : "by a header"
                    throw TOMLError(
                        code: .tableRedefined,
                        message: "expected a new table, found `\(key.name)` already defined \(how)",
                        span: header.span, firstDefinition: node.definition.span)
                }
                nodes[child].state = .header
                nodes[child].definition = .header(header.span)
                return child
            }
        }
        return current
    }

    private mutating func appendElement(to array: Int, header: TOMLHeader) throws(TOMLError) -> Int {
        let depth = nodes[array].depth + 1
        guard depth <= TOMLDocument.maximumDepth else { throw .nestingTooDeep(at: header.span) }
        let element = newTable(definition: .arrayHeader(header.span), depth: depth, state: .header)
        nodes[array].elements.append(element)
        return element
    }

    /// Freezes node `node` (and its descendants) into a table value.
    mutating func finish(_ node: Int, definition: TOMLTable.Definition) -> TOMLTable {
        var entries: [TOMLTable.Entry] = []
        swap(&entries, &nodes[node].entries)
        let children = nodes[node].children
        for (position, child) in children.enumerated() where child >= 0 {
            entries[position].value = finishValue(child)
        }
        return TOMLTable(entries: entries, definition: definition, index: nodes[node].index)
    }

    private mutating func finishValue(_ node: Int) -> TOMLValue {
        let definition = nodes[node].definition
        if nodes[node].isArrayOfTables {
            let elementNodes = nodes[node].elements
            var elements: [TOMLValue] = []
            elements.reserveCapacity(elementNodes.count)
            for element in elementNodes {
                let definition = nodes[element].definition
                elements.append(TOMLValue(kind: .table(finish(element, definition: definition)), span: definition.span))
            }
            return TOMLValue(kind: .array(elements), span: definition.span)
        }
        return TOMLValue(kind: .table(finish(node, definition: definition)), span: definition.span)
    }
}
