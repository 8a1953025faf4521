import CYAML

/// Converts libyaml marks (character index, 0-based line and column) to ``YAMLMark``s
/// with UTF-8 byte offsets, and validates the input as UTF-8 up front so that the
/// error names the first bad byte with a stable code.
///
/// A leading byte order mark is not given to libyaml (see ``bodyStart``); its marks
/// count characters of the text after it, which are converted here.
struct SourcePositions {
    let file: String
    let buffer: UnsafeBufferPointer<UInt8>
    /// 3 when the text starts with a byte order mark, else 0.
    let bodyStart: Int
    private let ascii: Bool
    /// The last conversion (character index → byte offset), where the next one starts:
    /// libyaml's start marks only move forward, so converting all of them is linear.
    private var cursorIndex = 0
    private var cursorOffset: Int

    init(buffer: UnsafeBufferPointer<UInt8>, file: String) throws(YAMLError) {
        self.file = file
        self.buffer = buffer
        let bom = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
        bodyStart = bom ? 3 : 0
        cursorOffset = bodyStart
        var ascii = true
        var index = 0
        while index < buffer.count {
            // Eight bytes at a time while they are ASCII, as most YAML is throughout.
            if index + 8 <= buffer.count,
               UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            if buffer[index] < 0x80 {
                index += 1
                continue
            }
            let width = Self.sequenceLength(buffer, at: index)
            if width == 0 {
                let mark = Self.mark(in: buffer, byteOffset: index)
                let hex = String(buffer[index], radix: 16, uppercase: true)
                throw YAMLError(
                    code: .invalidUTF8, message: "expected UTF-8 text, found byte `0x\(hex)`", file: file, mark: mark)
            }
            if index >= bodyStart { ascii = false }
            index += width
        }
        self.ascii = ascii
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 when it is invalid
    /// (overlong forms, surrogates and values above U+10FFFF included).
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let width: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: width = 2
        case 0xE0: width = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED: width = 3; high = 0x9F
        case 0xF0: width = 4; low = 0x90
        case 0xF1...0xF3: width = 4
        case 0xF4: width = 4; high = 0x8F
        default: return 0
        }
        guard index + width <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return 0 }
        for offset in 2..<width where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return width
    }

    /// Line and column of a byte offset, counting columns in scalars (a byte order mark
    /// is not a column).
    static func mark(in bytes: UnsafeBufferPointer<UInt8>, byteOffset: Int) -> YAMLMark {
        var line = 1
        var column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) && byteOffset >= 3 ? 3 : 0
        while index < byteOffset && index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return YAMLMark(line: line, column: column, offset: byteOffset)
    }

    /// The byte offset of the character libyaml numbers `index` (counted after the BOM).
    private mutating func offset(ofCharacter index: Int) -> Int {
        if ascii { return min(bodyStart + index, buffer.count) }
        if index < cursorIndex {
            cursorIndex = 0
            cursorOffset = bodyStart
        }
        while cursorIndex < index && cursorOffset < buffer.count {
            cursorOffset += 1
            while cursorOffset < buffer.count && buffer[cursorOffset] & 0xC0 == 0x80 { cursorOffset += 1 }
            cursorIndex += 1
        }
        return cursorOffset
    }

    mutating func mark(_ mark: yaml_mark_t) -> YAMLMark {
        YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1, offset: offset(ofCharacter: Int(mark.index)))
    }

    /// The error libyaml reported, located at its problem mark.
    mutating func libyamlError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let context = parser.context.map { String(cString: $0) }
        let location: YAMLMark
        if parser.error == YAML_READER_ERROR {
            location = Self.mark(in: buffer, byteOffset: min(bodyStart + Int(parser.problem_offset), buffer.count))
        } else {
            location = mark(parser.problem_mark)
        }
        let found = context.map { "\(problem) \($0)" } ?? problem
        return YAMLError(
            code: .syntax, message: "expected well-formed YAML, found `\(found)`", file: file, mark: location)
    }
}
