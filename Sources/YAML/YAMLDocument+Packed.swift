// The packed form of a document: what the build embeds for the mapping tables that ship
// inside pepcheck, so that a run reads them without libyaml.
//
// Nodes in preorder, each a header and, for a scalar, its bytes:
//
//     s<byte count>:<bytes>     a scalar
//     q<item count>:            a sequence, then its items
//     m<pair count>:            a mapping, then key, value, key, …
//
// Counts are decimal. The form is UTF-8 text whenever the scalars are, so it can be a
// string literal. It keeps no positions: the shipped tables are checked at build and
// test time, where their YAML is at hand; positions matter for a user's files, which
// are loaded from their text.

extension YAMLDocument {
    /// The document in packed form (see ``YAMLLoader/loadPacked(buffer:file:stopBeforeKey:)``).
    public var packed: String {
        var out: [UInt8] = []
        out.reserveCapacity(storage.text.count + 4 * storage.records.count)
        for record in storage.records {
            switch record.kind {
            case .scalar:
                out.append(contentsOf: "s\(record.count):".utf8)
                out.append(contentsOf: storage.text[Int(record.start)..<Int(record.start) + Int(record.count)])
            case .sequence:
                out.append(contentsOf: "q\(record.count):".utf8)
            case .mapping:
                out.append(contentsOf: "m\(record.count):".utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension YAMLLoader {
    /// Reads a document from its ``YAMLDocument/packed`` form; with `stopBeforeKey`, only
    /// the root mapping's entries before that key, as ``loadHeader(buffer:file:before:)``
    /// reads them. The nodes have no positions. A malformed form is a `syntax` error,
    /// never a crash.
    public func loadPacked(buffer: UnsafeBufferPointer<UInt8>, file: String, stopBeforeKey: String? = nil)
        throws(YAMLError) -> YAMLDocument
    {
        var reader = PackedReader(buffer: buffer, file: file)
        guard buffer.count <= Self.sizeLimit else { throw reader.malformed() }
        var builder = DocumentBuilder(file: file)
        // The children still to read of every open collection, innermost last.
        var remaining: [Int] = []
        let stop = stopBeforeKey.map { Array($0.utf8) }
        while true {
            let (kind, count) = try reader.header()
            switch kind {
            case UInt8(ascii: "s"):
                let bytes = try reader.bytes(count)
                if builder.depth == 1, builder.expectsKey, let stop, bytes.elementsEqual(stop) {
                    builder.close()
                    return builder.document()
                }
                builder.scalar(bytes, at: nil)
                if !remaining.isEmpty { remaining[remaining.count - 1] -= 1 }
            case UInt8(ascii: "q"), UInt8(ascii: "m"):
                let isMapping = kind == UInt8(ascii: "m")
                // Every child takes at least three bytes (`s0:`), which bounds the counts.
                guard builder.depth < maxDepth, count <= reader.left / (isMapping ? 6 : 3) else {
                    throw reader.malformed()
                }
                builder.open(isMapping: isMapping, at: nil)
                remaining.append(isMapping ? 2 * count : count)
            default:
                throw reader.malformed()
            }
            // Close every collection whose children are all read.
            while let last = remaining.last, last == 0 {
                remaining.removeLast()
                builder.close()
                if !remaining.isEmpty { remaining[remaining.count - 1] -= 1 }
            }
            if remaining.isEmpty {
                guard reader.atEnd else { throw reader.malformed() }
                return builder.document()
            }
        }
    }
}

/// Reads the records of a packed document, checking every bound.
private struct PackedReader {
    let buffer: UnsafeBufferPointer<UInt8>
    let file: String
    var position = 0

    init(buffer: UnsafeBufferPointer<UInt8>, file: String) {
        self.buffer = buffer
        self.file = file
    }

    var atEnd: Bool { position == buffer.count }
    var left: Int { buffer.count - position }

    func malformed() -> YAMLError {
        YAMLError(code: .syntax, message: "expected a packed YAML document, found malformed data at byte \(position)",
                  file: file, mark: YAMLMark(line: 1, column: 1, offset: 0))
    }

    mutating func header() throws(YAMLError) -> (kind: UInt8, count: Int) {
        guard position < buffer.count else { throw malformed() }
        let kind = buffer[position]
        position += 1
        var count = 0
        var digits = 0
        while position < buffer.count, buffer[position] != UInt8(ascii: ":") {
            let digit = Int(buffer[position]) - 48
            guard digit >= 0, digit <= 9, digits < 10 else { throw malformed() }
            count = count * 10 + digit
            digits += 1
            position += 1
        }
        guard position < buffer.count, digits > 0 else { throw malformed() }
        position += 1
        return (kind, count)
    }

    mutating func bytes(_ count: Int) throws(YAMLError) -> UnsafeBufferPointer<UInt8> {
        guard count <= left else { throw malformed() }
        defer { position += count }
        return UnsafeBufferPointer(rebasing: buffer[position..<position + count])
    }
}
