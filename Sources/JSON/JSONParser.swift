/// Reads JSON text (RFC 8259) into a ``JSONValue``.
///
/// Iterative for arrays and objects up to ``maximumDepth`` so that hostile
/// input (an adapter answering garbage, a broken case file) yields an error,
/// never a stack overflow.
public struct JSONParser {
    public static let maximumDepth = 512

    public struct Error: Swift.Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var offset: Int
        public var description: String { "\(message) at byte \(offset)" }
    }

    private let bytes: [UInt8]
    private let rejectsDuplicateKeys: Bool
    private var index = 0
    private var depth = 0

    private init(_ bytes: [UInt8], rejectsDuplicateKeys: Bool) {
        self.bytes = bytes
        self.rejectsDuplicateKeys = rejectsDuplicateKeys
    }

    public static func parse(_ text: String, rejectingDuplicateKeys: Bool = false) throws(Error) -> JSONValue {
        try parse(bytes: Array(text.utf8), rejectingDuplicateKeys: rejectingDuplicateKeys)
    }

    /// Parses one JSON text. RFC 8259 leaves duplicate keys in an object to the
    /// reader; by default all are kept in order (lookups find the first), and with
    /// `rejectingDuplicateKeys` the second occurrence is an error, for inputs where
    /// either reading would be a guess (protocol requests).
    public static func parse(bytes: [UInt8], rejectingDuplicateKeys: Bool = false) throws(Error) -> JSONValue {
        var parser = JSONParser(bytes, rejectsDuplicateKeys: rejectingDuplicateKeys)
        parser.skipWhitespace()
        let value = try parser.value()
        parser.skipWhitespace()
        if parser.index != bytes.count { throw parser.error("expected end of input, found \(parser.found())") }
        return value
    }

    private func error(_ message: String) -> Error { Error(message: message, offset: index) }

    private func found() -> String {
        guard index < bytes.count else { return "end of input" }
        // Outside strings JSON is ASCII; a byte past it is not a character to show.
        guard bytes[index] < 0x80 else { return "byte 0x\(String(bytes[index], radix: 16, uppercase: true))" }
        return "`\(Character(Unicode.Scalar(bytes[index])))`"
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    private mutating func value() throws(Error) -> JSONValue {
        guard index < bytes.count else { throw error("expected a JSON value, found end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("expected a JSON value, found \(found())")
        }
    }

    private mutating func literal(_ word: String) throws(Error) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, bytes[index..<index + expected.count].elementsEqual(expected) else {
            throw error("expected `\(word)`, found \(found())")
        }
        index += expected.count
    }

    private mutating func number() throws(Error) -> JSONValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ p: inout JSONParser) -> Int {
            let s = p.index
            while p.index < p.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.bytes[p.index]) { p.index += 1 }
            return p.index - s
        }
        let intStart = index
        if digits(&self) == 0 { throw error("expected a digit, found \(found())") }
        if bytes[intStart] == UInt8(ascii: "0") && index - intStart > 1 {
            throw Error(message: "expected a number without leading zeros", offset: intStart)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits(&self) == 0 { throw error("expected a digit after `.`, found \(found())") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            if digits(&self) == 0 { throw error("expected an exponent, found \(found())") }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private mutating func string() throws(Error) -> String {
        index += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush(_ p: JSONParser, _ runStart: Int, into scalars: inout String.UnicodeScalarView) throws(Error) {
            guard runStart < p.index else { return }
            var decoder = UTF8()
            var iterator = p.bytes[runStart..<p.index].makeIterator()
            var offset = runStart
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let s): scalars.append(s); offset += UTF8.width(s)
                case .emptyInput: break loop
                case .error:
                    let byte = String(p.bytes[offset], radix: 16, uppercase: true)
                    throw Error(message: "expected UTF-8 text in a string, found byte 0x\(byte)", offset: offset)
                }
            }
        }
        while true {
            guard index < bytes.count else { throw error("expected `\"` to close the string, found end of input") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                try flush(self, runStart, into: &scalars)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw error("expected an escaped control character, found byte \(byte)") }
            if byte != UInt8(ascii: "\\") { index += 1; continue }
            try flush(self, runStart, into: &scalars)
            index += 1
            guard index < bytes.count else { throw error("expected an escape, found end of input") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code) {
                    // A high surrogate must be followed by an escaped low one.
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                        throw error("expected a low surrogate escape")
                    }
                    index += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("expected a low surrogate") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw error("expected a Unicode scalar value") }
                scalars.append(scalar)
            default:
                index -= 1
                throw error("expected a JSON escape, found \(found())")
            }
            runStart = index
        }
    }

    private mutating func hex4() throws(Error) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("expected 4 hex digits, found end of input") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: throw error("expected a hex digit, found \(found())")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private mutating func enter() throws(Error) {
        depth += 1
        if depth > JSONParser.maximumDepth { throw error("expected nesting of at most \(JSONParser.maximumDepth) levels") }
    }

    private mutating func array() throws(Error) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            guard index < bytes.count else { throw error("expected `,` or `]`, found end of input") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            throw error("expected `,` or `]`, found \(found())")
        }
    }

    private mutating func object() throws(Error) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(String, JSONValue)] = []
        // Only when asked: hashing every key costs time that most readers do not need.
        var seen: Set<String> = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a string key, found \(found())") }
            let keyStart = index
            let key = try string()
            if rejectsDuplicateKeys && !seen.insert(key).inserted {
                throw Error(message: "expected each key once in an object, found `\(key)` again", offset: keyStart)
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected `:`, found \(found())") }
            index += 1
            skipWhitespace()
            members.append((key, try value()))
            skipWhitespace()
            guard index < bytes.count else { throw error("expected `,` or `}`, found end of input") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw error("expected `,` or `}`, found \(found())")
        }
    }
}
