/// A marker being written: comparisons joined by `and` and `or`, with its text, its number
/// of comparisons and the first variable it tests computed once.
struct Formula: Hashable {
    enum Kind: Hashable {
        case comparison
        case and
        case or
        case constant(Bool)
    }

    let kind: Kind
    let parts: [Formula]
    /// The text on its own (an `or` inside an `and` gets parentheses from its parent).
    let text: String
    /// Comparisons written.
    let cost: Int
    /// The smallest variable rank the formula tests.
    let rank: UInt32

    private init(kind: Kind, parts: [Formula], text: String, cost: Int, rank: UInt32) {
        self.kind = kind
        self.parts = parts
        self.text = text
        self.cost = cost
        self.rank = rank
    }

    static func comparison(_ text: String, rank: UInt32) -> Formula {
        Formula(kind: .comparison, parts: [], text: text, cost: 1, rank: rank)
    }

    /// `name op "value"`, the literal quoted as pypa/packaging writes it (single quotes
    /// when it holds a double quote).
    static func comparison(_ name: String, _ op: String, literal value: String, rank: UInt32) -> Formula {
        let quote: UInt8 = value.utf8.contains(0x22) ? 0x27 : 0x22
        let length = name.utf8.count + op.utf8.count + value.utf8.count + 4
        let text = TextBuilder.build(length) { out in
            out.put(name)
            out.put(0x20)
            out.put(op)
            out.put(0x20)
            out.put(quote)
            out.put(value)
            out.put(quote)
        }
        return comparison(text, rank: rank)
    }

    static func constant(_ value: Bool) -> Formula {
        Formula(kind: .constant(value), parts: [], text: value ? "" : falseText, cost: 0, rank: .max)
    }

    /// `and` of `parts` as given. `and` groups inside `or` are parenthesised for the reader,
    /// `or` groups inside `and` because they must be.
    static func and(_ parts: [Formula]) -> Formula { joined(parts, .and) }
    /// `or` of `parts` as given.
    static func or(_ parts: [Formula]) -> Formula { joined(parts, .or) }

    private static func joined(_ parts: [Formula], _ kind: Kind) -> Formula {
        let separator = kind == .and ? " and " : " or "
        let wrapped = kind == .and ? Kind.or : Kind.and
        var length = separator.utf8.count * (parts.count - 1)
        var cost = 0
        var rank = UInt32.max
        for part in parts {
            length += part.text.utf8.count + (part.kind == wrapped ? 2 : 0)
            cost += part.cost
            rank = min(rank, part.rank)
        }
        let text = TextBuilder.build(length) { out in
            for (i, part) in parts.enumerated() {
                if i > 0 { out.put(separator) }
                if part.kind == wrapped { out.put(0x28) }
                out.put(part.text)
                if part.kind == wrapped { out.put(0x29) }
            }
        }
        return Formula(kind: kind, parts: parts, text: text, cost: cost, rank: rank)
    }

    var isFalse: Bool { kind == .constant(false) }

    /// The formula, with `false` spelled as a comparison.
    var orFalse: Formula { isFalse ? .comparison(Formula.falseText, rank: 0) : self }

    /// The marker that is false in every environment (SPEC.md §2.2: `<0` is `< 0.dev0`,
    /// below every version, and a String-rule `<` is false too).
    static let falseText = "python_version < \"0\""
    /// The marker that raises in every environment: `~=` needs two release numbers, so
    /// `~=0` is not a specifier and the String rules make `~=` an `undefined-comparison`.
    static let raisingText = "python_version ~= \"0\""

    /// `a and b`, flattening nested `and`s and dropping `true`.
    static func all(_ parts: [Formula]) -> Formula {
        var flat: [Formula] = []
        for part in parts {
            switch part.kind {
            case .constant(true): continue
            case .constant(false): return .constant(false)
            case .and: flat += part.parts
            default: flat.append(part)
            }
        }
        if flat.isEmpty { return .constant(true) }
        return flat.count == 1 ? flat[0] : .and(flat)
    }

    /// `a or b`, flattening nested `or`s and dropping `false`.
    static func any(_ parts: [Formula]) -> Formula {
        var flat: [Formula] = []
        for part in parts {
            switch part.kind {
            case .constant(false): continue
            case .constant(true): return .constant(true)
            case .or: flat += part.parts
            default: flat.append(part)
            }
        }
        if flat.isEmpty { return .constant(false) }
        return flat.count == 1 ? flat[0] : .or(flat)
    }

    /// Operands in the documented order: by the first variable they test (in the algebra's
    /// variable order), then by text. Operands keep their own inner order.
    static func sorted(_ parts: [Formula]) -> [Formula] {
        parts.sorted { a, b in
            a.rank != b.rank ? a.rank < b.rank : utf8Precedes(a.text, b.text)
        }
    }

    /// Better means fewer comparisons, then fewer characters, then earlier text.
    static func isBetter(_ a: Formula, than b: Formula) -> Bool {
        if a.cost != b.cost { return a.cost < b.cost }
        if a.text.utf8.count != b.text.utf8.count { return a.text.utf8.count < b.text.utf8.count }
        return utf8Precedes(a.text, b.text)
    }

    /// `isBetter(any(a), than: any(b))`, writing the texts only when the number of
    /// comparisons and the length do not decide.
    static func isBetterAny(_ a: [Formula], than b: [Formula]) -> Bool {
        if let x = anyMeasure(a), let y = anyMeasure(b) {
            if x.cost != y.cost { return x.cost < y.cost }
            if x.length != y.length { return x.length < y.length }
        }
        return isBetter(any(a), than: any(b))
    }

    /// The comparisons and UTF-8 length of `any(parts)`, for parts that `any` neither drops
    /// nor flattens (no constants, no `or`s).
    private static func anyMeasure(_ parts: [Formula]) -> (cost: Int, length: Int)? {
        if parts.count == 1, parts[0].kind == .comparison || parts[0].kind == .and {
            return (parts[0].cost, parts[0].text.utf8.count)
        }
        var cost = 0
        var length = 4 * (parts.count - 1)  // " or "
        for part in parts {
            switch part.kind {
            case .comparison: length += part.text.utf8.count
            case .and: length += part.text.utf8.count + 2  // parenthesised
            case .or, .constant: return nil
            }
            cost += part.cost
        }
        return (cost, length)
    }

    static func == (a: Formula, b: Formula) -> Bool { a.kind == b.kind && a.text == b.text }
    func hash(into hasher: inout Hasher) { hasher.combine(text) }
}

/// Writes a text of a known UTF-8 length in one allocation (`String` appends cost hundreds
/// of instructions each).
struct TextBuilder {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    static func build(_ length: Int, _ body: (inout TextBuilder) -> Void) -> String {
        String(unsafeUninitializedCapacity: length) { buffer in
            var builder = TextBuilder(buffer: buffer)
            body(&builder)
            precondition(builder.count == length, "text length miscounted")
            return builder.count
        }
    }

    private init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    mutating func put(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    mutating func put(_ text: String) {
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            guard let source = bytes.baseAddress, bytes.count > 0 else { return 0 }
            (buffer.baseAddress! + count).update(from: source, count: bytes.count)
            return bytes.count
        }
        if let copied {
            count += copied
        } else {
            for byte in text.utf8 { put(byte) }
        }
    }
}
