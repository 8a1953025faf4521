// The packed form of a loaded tree: what the build embeds for the mapping tables that
// ship inside pepcheck, so that a run rebuilds their trees without libyaml.
//
// Nodes in preorder, each a header and, for a scalar, its bytes:
//
//     s<line>.<column>.<offset>.<byte count>:<bytes>     a scalar
//     q<line>.<column>.<offset>.<item count>:            a sequence, then its items
//     m<line>.<column>.<offset>.<pair count>:            a mapping, then key, value, key, …
//
// Numbers are decimal. The form is UTF-8 text whenever the scalars are, so it can be a
// string literal.

extension YAMLNode {
    /// The tree in packed form (see ``YAMLLoader/loadPacked(buffer:file:stopBeforeKey:)``).
    public var packed: String {
        var out: [UInt8] = []
        var stack: [YAMLNode] = [self]
        while let node = stack.popLast() {
            let kind: Character
            let count: Int
            switch node.value {
            case .scalar(let text):
                kind = "s"
                count = text.utf8.count
            case .sequence(let items):
                kind = "q"
                count = items.count
                stack.append(contentsOf: items.reversed())
            case .mapping(let pairs):
                kind = "m"
                count = pairs.count
                for pair in pairs.reversed() { stack.append(contentsOf: [pair.value, pair.key]) }
            }
            out.append(contentsOf: "\(kind)\(node.mark.line).\(node.mark.column).\(node.mark.offset).\(count):".utf8)
            if case .scalar(let text) = node.value { out.append(contentsOf: text.utf8) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension YAMLLoader {
    /// Rebuilds a tree from its ``YAMLNode/packed`` form; with `stopBeforeKey`, only the
    /// root mapping's entries before that key, as ``loadHeader(buffer:file:before:)``
    /// reads them. A malformed form is a `syntax` error, never a crash.
    public func loadPacked(buffer: UnsafeBufferPointer<UInt8>, file: String, stopBeforeKey: String? = nil)
        throws(YAMLError) -> YAMLNode
    {
        var reader = PackedReader(buffer: buffer, file: file)
        var frames: [PackedFrame] = []
        // The children read so far of every open collection, in document order.
        var pending: [YAMLNode] = []
        while true {
            let (kind, mark, count) = try reader.header()
            switch kind {
            case 0x73:  // s
                let text = try reader.text(count)
                guard let top = frames.indices.last else {
                    guard reader.atEnd else { throw reader.malformed() }
                    return YAMLNode(.scalar(text), mark: mark, file: file)
                }
                if top == 0, frames[0].isMapping, frames[0].remaining % 2 == 0, text == stopBeforeKey {
                    return YAMLNode.collecting(&pending, from: 0, isMapping: true, mark: frames[0].mark, file: file)
                }
                pending.append(YAMLNode(.scalar(text), mark: mark, file: file))
                frames[top].remaining -= 1
            case 0x71, 0x6D:  // q, m
                guard frames.count < maxDepth else { throw reader.malformed() }
                let isMapping = kind == 0x6D
                let (children, overflow) = count.multipliedReportingOverflow(by: isMapping ? 2 : 1)
                guard !overflow else { throw reader.malformed() }
                frames.append(PackedFrame(isMapping: isMapping, mark: mark, remaining: children, start: pending.count))
            default:
                throw reader.malformed()
            }
            // Close every collection whose children are all read.
            while let frame = frames.last, frame.remaining == 0 {
                frames.removeLast()
                let node = YAMLNode.collecting(
                    &pending, from: frame.start, isMapping: frame.isMapping, mark: frame.mark, file: file)
                guard let parent = frames.indices.last else {
                    guard reader.atEnd else { throw reader.malformed() }
                    return node
                }
                pending.append(node)
                frames[parent].remaining -= 1
            }
        }
    }
}

/// An open collection of a packed tree: its children still to read, and where in the
/// pending stack the first of them is.
private struct PackedFrame {
    var isMapping: Bool
    var mark: YAMLMark
    var remaining: Int
    var start: Int
}

/// Reads the records of a packed tree, checking every bound.
private struct PackedReader {
    let buffer: UnsafeBufferPointer<UInt8>
    let file: String
    var position = 0

    init(buffer: UnsafeBufferPointer<UInt8>, file: String) {
        self.buffer = buffer
        self.file = file
    }

    var atEnd: Bool { position == buffer.count }

    func malformed() -> YAMLError {
        YAMLError(code: .syntax, message: "expected a packed YAML tree, found malformed data at byte \(position)",
                  file: file, mark: YAMLMark(line: 1, column: 1, offset: 0))
    }

    mutating func header() throws(YAMLError) -> (kind: UInt8, mark: YAMLMark, count: Int) {
        guard position < buffer.count else { throw malformed() }
        let kind = buffer[position]
        position += 1
        let line = try number(ending: UInt8(ascii: "."))
        let column = try number(ending: UInt8(ascii: "."))
        let offset = try number(ending: UInt8(ascii: "."))
        let count = try number(ending: UInt8(ascii: ":"))
        return (kind, YAMLMark(line: line, column: column, offset: offset), count)
    }

    private mutating func number(ending terminator: UInt8) throws(YAMLError) -> Int {
        var value = 0
        var digits = 0
        while position < buffer.count, buffer[position] != terminator {
            let digit = Int(buffer[position]) - 48
            guard digit >= 0, digit <= 9, digits < 18 else { throw malformed() }
            value = value * 10 + digit
            digits += 1
            position += 1
        }
        guard position < buffer.count, digits > 0 else { throw malformed() }
        position += 1
        return value
    }

    mutating func text(_ count: Int) throws(YAMLError) -> String {
        guard count <= buffer.count - position else { throw malformed() }
        defer { position += count }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<position + count]), as: UTF8.self)
    }
}
