/// Builds a ``YAMLDocument`` in preorder: a record per node when it starts, a
/// collection's count and end filled in when it closes. The loader drives it from
/// libyaml's events, the packed form's reader from its records.
///
/// Every step is constant time except duplicate-key checks, which scan at most
/// ``scanLimit`` earlier keys of a mapping and hash the keys of larger ones.
struct DocumentBuilder {
    /// An open collection.
    private struct Frame {
        var record: Int
        var isMapping: Bool
        /// Children so far; a mapping's keys and values both count.
        var children: Int
        /// Where this mapping's keys start in `keys` (while they are scanned).
        var firstKey: Int
        /// The keys so far by text, once the mapping has too many to scan.
        var keyTable: [String: Int]?
    }

    /// Mappings up to this many keys find duplicates by scanning; larger ones hash.
    static let scanLimit = 8

    let file: String
    private var records: [YAMLDocument.Record] = []
    private var text: [UInt8] = []
    private var positions: [YAMLDocument.Position] = []
    private var frames: [Frame] = []
    /// The records of the keys of every open mapping still scanned, innermost last.
    private var keys: [Int] = []
    /// Keys compared with a new key to find duplicates (a hash lookup counts one).
    private(set) var keyComparisons = 0

    /// `expectedBytes`: about how large the input is, to reserve room once.
    init(file: String, expectedBytes: Int = 0) {
        self.file = file
        text.reserveCapacity(expectedBytes)
        records.reserveCapacity(expectedBytes / 8)
        positions.reserveCapacity(expectedBytes / 8)
    }

    var nodeCount: Int { records.count }
    /// How many collections are open.
    var depth: Int { frames.count }

    /// Whether the next node is a key of the innermost open mapping.
    var expectsKey: Bool {
        guard let top = frames.last else { return false }
        return top.isMapping && top.children % 2 == 0
    }

    mutating func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at position: YAMLDocument.Position?) {
        if let position { positions.append(position) }
        records.append(YAMLDocument.Record(
            kind: .scalar, count: UInt32(bytes.count), start: UInt32(text.count), end: UInt32(records.count + 1)))
        text.append(contentsOf: bytes)
        if !frames.isEmpty { frames[frames.count - 1].children += 1 }
    }

    mutating func open(isMapping: Bool, at position: YAMLDocument.Position?) {
        if let position { positions.append(position) }
        frames.append(Frame(record: records.count, isMapping: isMapping, children: 0, firstKey: keys.count))
        records.append(YAMLDocument.Record(kind: isMapping ? .mapping : .sequence, count: 0, start: 0, end: 0))
    }

    /// Ends the innermost open collection.
    mutating func close() {
        let frame = frames.removeLast()
        records[frame.record].count = UInt32(frame.isMapping ? frame.children / 2 : frame.children)
        records[frame.record].end = UInt32(records.count)
        keys.removeSubrange(frame.firstKey...)
        if !frames.isEmpty { frames[frames.count - 1].children += 1 }
    }

    /// The document, once every collection is closed.
    func document() -> YAMLDocument {
        YAMLDocument(storage: YAMLDocument.Storage(file: file, records: records, text: text, positions: positions))
    }

    /// The position of the earlier key of the innermost mapping spelled `bytes`, if any;
    /// otherwise records the scalar added next as one of its keys.
    mutating func earlierKey(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLDocument.Position? {
        let top = frames.count - 1
        let record = records.count
        if frames[top].keyTable == nil {
            for key in keys[frames[top].firstKey...] {
                keyComparisons += 1
                let start = Int(records[key].start)
                if text[start..<start + Int(records[key].count)].elementsEqual(bytes) { return position(of: key) }
            }
            guard keys.count - frames[top].firstKey >= Self.scanLimit else {
                keys.append(record)
                return nil
            }
            // From here on the mapping's keys are hashed: each was scanned at most
            // `scanLimit` times.
            var table: [String: Int] = [:]
            for key in keys[frames[top].firstKey...] { table[string(key)] = key }
            keys.removeSubrange(frames[top].firstKey...)
            frames[top].keyTable = table
        }
        keyComparisons += 1
        let name = String(decoding: bytes, as: UTF8.self)
        if let first = frames[top].keyTable?[name] { return position(of: first) }
        frames[top].keyTable?[name] = record
        return nil
    }

    private func string(_ record: Int) -> String {
        let start = Int(records[record].start)
        return String(decoding: text[start..<start + Int(records[record].count)], as: UTF8.self)
    }

    private func position(of record: Int) -> YAMLDocument.Position {
        record < positions.count ? positions[record] : YAMLDocument.Position(line: 1, column: 1, offset: 0)
    }
}
