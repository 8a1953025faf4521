/// The TOML 1.0 reader: one pass over UTF-8 bytes, recursive descent for values
/// (depth-limited), a ``TableBuilder`` for the table semantics.
struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos = 0
    var builder = TableBuilder()
    var items: [TOMLItem] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Byte access

    @inline(__always) var atEnd: Bool { pos >= bytes.count }

    /// The byte at `offset`, or 0 past the end (0 is never valid where a look-ahead matters).
    @inline(__always) func byte(at offset: Int) -> UInt8 {
        offset < bytes.count ? bytes[offset] : 0
    }

    @inline(__always) var current: UInt8 { byte(at: pos) }

    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    // MARK: Errors

    /// How the character at `offset` reads in a message, and its byte span.
    func found(at offset: Int) -> (String, Range<Int>) {
        guard offset < bytes.count else { return ("end of file", offset..<offset) }
        let lead = bytes[offset]
        switch lead {
        case UInt8(ascii: "\n"): return ("newline", offset..<(offset + 1))
        case UInt8(ascii: "\r") where byte(at: offset + 1) == UInt8(ascii: "\n"):
            return ("newline", offset..<(offset + 2))
        case 0..<0x20, 0x7F: return ("`U+\(hex4(lead))`", offset..<(offset + 1))
        case 0x20..<0x7F: return ("`\(Character(Unicode.Scalar(lead)))`", offset..<(offset + 1))
        default:
            let end = min(offset + utf8SequenceLength(lead), bytes.count)
            return ("`\(text(offset..<end))`", offset..<end)
        }
    }

    private func hex4(_ value: UInt8) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// An error "expected `expected`, found <the character at offset>".
    func error(_ code: TOMLError.Code, expected: String, at offset: Int) -> TOMLError {
        let (what, span) = found(at: offset)
        return TOMLError(code: code, message: "expected \(expected), found \(what)", span: span)
    }

    // MARK: Document

    mutating func parseDocument() throws(TOMLError) {
        if let bad = firstInvalidUTF8(in: bytes) {
            let byteText = bytes[bad.lowerBound]
            let digits = String(byteText, radix: 16, uppercase: true)
            throw TOMLError(
                code: .invalidUTF8,
                message: "expected UTF-8 text, found byte `0x\(digits.count == 1 ? "0" : "")\(digits)`",
                span: bad)
        }
        // A byte order mark is allowed at the very start only.
        if byte(at: 0) == 0xEF && byte(at: 1) == 0xBB && byte(at: 2) == 0xBF { pos = 3 }
        var table = 0
        while true {
            skipWhitespace()
            guard !atEnd else { break }
            switch current {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                try consumeNewline()
                continue
            case UInt8(ascii: "#"):
                try skipComment()
                continue
            case UInt8(ascii: "["):
                table = try parseHeader()
            default:
                let keys = try parseKey()
                guard current == UInt8(ascii: "=") else {
                    throw error(.expectedEquals, expected: "`=` after a key", at: pos)
                }
                pos += 1
                skipWhitespace()
                let value = try parseValue(depth: builder.depth(of: table) + keys.count)
                try builder.insert(keys: keys, value: value, into: table)
                items.append(.keyValue(TOMLKeyValue(keys: keys, value: value)))
            }
            try finishLine()
        }
    }

    /// After a header or key/value: optional whitespace and comment, then a newline or the end.
    mutating func finishLine() throws(TOMLError) {
        skipWhitespace()
        if current == UInt8(ascii: "#") { try skipComment() }
        guard !atEnd else { return }
        guard current == UInt8(ascii: "\n") || current == UInt8(ascii: "\r") else {
            throw error(.expectedNewline, expected: "a newline or a comment", at: pos)
        }
        try consumeNewline()
    }

    /// Parses `[a.b]` or `[[a.b]]` and returns the builder node that key/values now go to.
    mutating func parseHeader() throws(TOMLError) -> Int {
        let start = pos
        let isArray = byte(at: pos + 1) == UInt8(ascii: "[")
        pos += isArray ? 2 : 1
        skipWhitespace()
        let keys = try parseKey()
        guard current == UInt8(ascii: "]") else {
            throw error(.expectedBracket, expected: isArray ? "`]]`" : "`]`", at: pos)
        }
        if isArray {
            guard byte(at: pos + 1) == UInt8(ascii: "]") else {
                throw error(.expectedBracket, expected: "`]]`", at: pos + 1)
            }
            pos += 2
        } else {
            pos += 1
        }
        let header = TOMLHeader(keys: keys, span: start..<pos, isArrayOfTables: isArray)
        items.append(.header(header))
        return try builder.openTable(header)
    }

    // MARK: Whitespace, newlines, comments

    @inline(__always) mutating func skipWhitespace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x09 { pos += 1 }
    }

    /// Consumes `\n` or `\r\n`; a lone carriage return is an error.
    mutating func consumeNewline() throws(TOMLError) {
        if current == UInt8(ascii: "\r") {
            guard byte(at: pos + 1) == UInt8(ascii: "\n") else {
                throw TOMLError(
                    code: .controlCharacter, message: "expected `\\n` after a carriage return, found \(found(at: pos + 1).0)",
                    span: pos..<(pos + 1))
            }
            pos += 2
        } else {
            pos += 1
        }
    }

    /// Skips a `#` comment up to (not including) its newline.
    mutating func skipComment() throws(TOMLError) {
        pos += 1
        while pos < bytes.count {
            let b = bytes[pos]
            if b >= 0x20 && b != 0x7F || b == 0x09 { pos += 1; continue }
            if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") && byte(at: pos + 1) == UInt8(ascii: "\n") { return }
            throw error(.controlCharacter, expected: "a comment character (control characters are not allowed)", at: pos)
        }
    }

    /// Whitespace, newlines and comments, as allowed between array elements.
    mutating func skipTrivia() throws(TOMLError) {
        while true {
            skipWhitespace()
            switch current {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): try consumeNewline()
            case UInt8(ascii: "#"): try skipComment()
            default: return
            }
        }
    }

    // MARK: Keys

    /// A dotted key; leaves `pos` after the whitespace that follows it.
    mutating func parseKey() throws(TOMLError) -> [TOMLKey] {
        var keys = [try parseSimpleKey()]
        skipWhitespace()
        while current == UInt8(ascii: ".") {
            pos += 1
            skipWhitespace()
            keys.append(try parseSimpleKey())
            skipWhitespace()
        }
        return keys
    }

    @inline(__always) static func isBareKeyByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    mutating func parseSimpleKey() throws(TOMLError) -> TOMLKey {
        let start = pos
        let b = current
        if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
            if byte(at: pos + 1) == b && byte(at: pos + 2) == b {
                throw error(.expectedKey, expected: "a key (multi-line strings cannot be keys)", at: pos)
            }
            let string = try parseString(multiline: false)
            return TOMLKey(name: string.value, span: start..<pos)
        }
        while pos < bytes.count && Parser.isBareKeyByte(bytes[pos]) { pos += 1 }
        guard pos > start else { throw error(.expectedKey, expected: "a key", at: pos) }
        return TOMLKey(name: text(start..<pos), span: start..<pos)
    }
}
