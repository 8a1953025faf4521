import CYAML

/// Converts libyaml marks (character index, 0-based line and column) to ``YAMLMark``s
/// with UTF-8 byte offsets, and validates the input as UTF-8 up front so that the
/// error names the first bad byte with a stable code.
struct SourcePositions: Sendable {
    let file: String
    let bytes: [UInt8]
    /// Byte offset of each Unicode scalar; empty when the text is ASCII,
    /// where character index and byte offset coincide.
    private var scalarStarts: [Int] = []
    /// libyaml counts a leading BOM as one character of line 1; columns here do not.
    private var hasBOM = false

    init(bytes: [UInt8], file: String) throws(YAMLError) {
        self.file = file
        self.bytes = bytes
        hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var ascii = true
        var starts: [Int] = []
        var index = 0
        while index < bytes.count {
            let width = Self.sequenceLength(bytes, at: index)
            if width == 0 {
                let mark = Self.mark(in: bytes, byteOffset: index)
                let hex = String(bytes[index], radix: 16, uppercase: true)
                throw YAMLError(
                    code: .invalidUTF8, message: "expected UTF-8 text, found byte `0x\(hex)`", file: file, mark: mark)
            }
            if width > 1 { ascii = false }
            starts.append(index)
            index += width
        }
        if !ascii { scalarStarts = starts }
    }

    /// The length of the valid UTF-8 sequence at `index`, or 0 when it is invalid
    /// (overlong forms, surrogates and values above U+10FFFF included).
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
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

    /// Line and column of a byte offset, counting columns in scalars.
    static func mark(in bytes: [UInt8], byteOffset: Int) -> YAMLMark {
        var line = 1
        var column = 1
        var index = 0
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

    func mark(_ mark: yaml_mark_t) -> YAMLMark {
        let index = Int(mark.index)
        let offset: Int
        if scalarStarts.isEmpty {
            offset = min(index, bytes.count)
        } else {
            offset = index < scalarStarts.count ? scalarStarts[index] : bytes.count
        }
        let bomColumn = hasBOM && mark.line == 0 && mark.column > 0 ? 1 : 0
        return YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1 - bomColumn, offset: offset)
    }

    /// The error libyaml reported, located at its problem mark.
    func libyamlError(_ parser: yaml_parser_t) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let context = parser.context.map { String(cString: $0) }
        let location: YAMLMark
        if parser.error == YAML_READER_ERROR {
            location = Self.mark(in: bytes, byteOffset: min(Int(parser.problem_offset), bytes.count))
        } else {
            location = mark(parser.problem_mark)
        }
        let found = context.map { "\(problem) \($0)" } ?? problem
        return YAMLError(
            code: .syntax, message: "expected well-formed YAML, found `\(found)`", file: file, mark: location)
    }
}
