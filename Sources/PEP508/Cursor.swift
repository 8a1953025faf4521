import PEP440

/// A position in the UTF-8 bytes of a dependency specifier or marker, with the small
/// token vocabulary the grammar needs. It also builds errors that follow the span rule
/// of SPEC.md: the span covers the first token the parser could not accept.
struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    /// Whether the input is a marker (else a requirement): decides ``errorKind``. A flag
    /// rather than the kind itself, whose `String` would be retained and released per parse.
    let isMarker: Bool

    /// The error kind reported for syntax errors (`invalid-requirement` or `invalid-marker`).
    var errorKind: ErrorKind { isMarker ? .invalidMarker : .invalidRequirement }

    init(_ bytes: UnsafeBufferPointer<UInt8>, isMarker: Bool) {
        self.bytes = bytes
        self.position = 0
        self.isMarker = isMarker
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The byte at the cursor, or 0 at the end (0 never appears in a valid token).
    var current: UInt8 { position < bytes.count ? bytes[position] : 0 }

    func byte(at index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

    /// Skips the spec's `wsp` (space and tab); returns whether anything was skipped.
    @discardableResult
    mutating func skipWhitespace() -> Bool {
        let start = position
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 {
            position += 1
        }
        return position != start
    }

    /// Consumes `byte` if it is next.
    mutating func eat(_ byte: UInt8) -> Bool {
        if current == byte, !isAtEnd {
            position += 1
            return true
        }
        return false
    }

    // MARK: Tokens

    /// The classes of each byte value, one character per byte: `@` (0x40) plus bit 1 for
    /// `[A-Za-z0-9._-]`, 2 for `[A-Za-z0-9]`, 4 for what a version may contain (those and
    /// `*+!`) and 8 for what name normalisation changes (`[A-Z._]`). A table because every
    /// name, extra, marker variable and keyword is scanned through it byte by byte: one load
    /// and a test per byte. A static string so that it is constant data, with nothing to
    /// initialise or retain.
    @inline(__always)
    private static var classes: StaticString {
        """
        @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@D@@@@@@@@DD@EM@GGGGGGGGGG@@@@@@\
        @OOOOOOOOOOOOOOOOOOOOOOOOOO@@@@M@GGGGGGGGGGGGGGGGGGGGGGGGGG@@@@@\
        @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\
        @@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@
        """
    }

    @inline(__always)
    private static func has(_ c: UInt8, _ bit: UInt8) -> Bool {
        classes.utf8Start[Int(c)] & bit != 0
    }

    /// `[A-Za-z0-9._-]`.
    @inline(__always)
    static func isIdentifierByte(_ c: UInt8) -> Bool { has(c, 1) }

    /// `[A-Za-z0-9]`.
    @inline(__always)
    static func isAlphanumeric(_ c: UInt8) -> Bool { has(c, 2) }

    /// `[A-Za-z0-9._*+!-]`: what the version after an operator may contain.
    @inline(__always)
    static func isVersionByte(_ c: UInt8) -> Bool { has(c, 4) }

    /// `[A-Z._]`: what PEP 503 normalisation changes on its own (a `-` changes only next to
    /// another separator).
    @inline(__always)
    static func isChangedByNormalization(_ c: UInt8) -> Bool { has(c, 8) }

    /// End of the identifier-like run `[A-Za-z0-9._-]*` starting at `start`.
    func identifierEnd(from start: Int) -> Int {
        var i = start
        while i < bytes.count, Cursor.isIdentifierByte(bytes[i]) { i += 1 }
        return i
    }

    /// Whether the identifier-like run `bytes[range]` (from ``identifierEnd(from:)``) is a
    /// valid name: not empty, starting and ending with a letter or digit.
    func isNameRun(_ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        return Cursor.isAlphanumeric(bytes[first]) && Cursor.isAlphanumeric(bytes[range.upperBound - 1])
    }

    /// Whether bytes[range] spell `word` exactly.
    func matches(_ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<range.count where bytes[range.lowerBound + k] != w[k] { return false }
        return true
    }

    /// The comparison operator at `index` by longest match, and its length in bytes.
    func comparisonOperator(at index: Int) -> (MarkerOperator, Int)? {
        guard index < bytes.count else { return nil }
        let a = bytes[index]
        let equalsNext = index + 1 < bytes.count && bytes[index + 1] == 0x3D
        switch a {
        case 0x3C: return equalsNext ? (.lessThanOrEqual, 2) : (.lessThan, 1)  // <
        case 0x3E: return equalsNext ? (.greaterThanOrEqual, 2) : (.greaterThan, 1)  // >
        case 0x21: return equalsNext ? (.notEqual, 2) : nil  // !
        case 0x7E: return equalsNext ? (.compatible, 2) : nil  // ~
        case 0x3D:  // =
            guard equalsNext else { return nil }
            return index + 2 < bytes.count && bytes[index + 2] == 0x3D ? (.arbitraryEqual, 3) : (.equal, 2)
        default: return nil
        }
    }

    /// Length of the comparison operator at `index` by longest match, or 0.
    func operatorLength(at index: Int) -> Int {
        comparisonOperator(at: index)?.1 ?? 0
    }

    /// Whether `c` can start a comparison operator (`<`, `>`, `=`, `!`, `~`), which is what
    /// decides that a version clause follows (a malformed one is then an error there).
    @inline(__always)
    static func startsOperator(_ c: UInt8) -> Bool {
        c == 0x3C || c == 0x3E || c == 0x3D || c == 0x21 || c == 0x7E
    }

    /// The extent of the token at `start` under the span rule (whitespace not skipped here).
    func tokenEnd(at start: Int) -> Int {
        guard start < bytes.count else { return start }
        let c = bytes[start]
        if Cursor.isIdentifierByte(c) { return identifierEnd(from: start) }
        if c == 0x22 || c == 0x27 {
            var i = start + 1
            while i < bytes.count, bytes[i] != c { i += 1 }
            return i < bytes.count ? i + 1 : i
        }
        let op = operatorLength(at: start)
        if op > 0 { return start + op }
        // Any other character is a token of one scalar.
        var i = start + 1
        while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
        return i
    }

    func text(_ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            buffer.initialize(fromContentsOf: slice)
        }
    }

    // MARK: Errors

    func scalarOffset(_ byteOffset: Int) -> Int {
        var count = 0
        for i in 0..<min(byteOffset, bytes.count) where bytes[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    func span(_ range: Range<Int>) -> SourceSpan {
        let start = scalarOffset(range.lowerBound)
        var end = start
        for i in range where i < bytes.count && bytes[i] & 0xC0 != 0x80 { end += 1 }
        return SourceSpan(start: start, end: end)
    }

    /// "expected X, found `Y`" for the token at `at` (whitespace skipped first).
    func unexpected(_ expected: String, at: Int? = nil, kind: ErrorKind? = nil) -> ParseError {
        var start = at ?? position
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        let end = tokenEnd(at: start)
        let found = start < bytes.count ? "`\(text(start..<end))`" : "end of input"
        return ParseError(
            kind: kind ?? errorKind, message: "expected \(expected), found \(found)",
            span: span(start..<end))
    }

    /// An error about the item in `range` with a message of the caller's choosing.
    func error(_ message: String, covering range: Range<Int>, kind: ErrorKind? = nil) -> ParseError {
        ParseError(kind: kind ?? errorKind, message: message, span: span(range))
    }
}
