/// A TOML syntax or semantic error: a stable ``Code``, a message in the voice
/// "expected X, found `Y`", and the byte span of the offending text.
public struct TOMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable, kebab-case error kind that tools can match on.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The input is not valid UTF-8.
        public static let invalidUTF8 = Code(rawValue: "invalid-utf8")
        /// A control character (other than tab) in a string or comment, or a lone carriage return.
        public static let controlCharacter = Code(rawValue: "control-character")
        /// An unknown escape, or a `\u`/`\U` escape that is not a Unicode scalar value.
        public static let invalidEscape = Code(rawValue: "invalid-escape")
        /// A string without its closing delimiter.
        public static let unterminatedString = Code(rawValue: "unterminated-string")
        /// A key was expected (bare, basic or literal).
        public static let expectedKey = Code(rawValue: "expected-key")
        /// `=` was expected after a key.
        public static let expectedEquals = Code(rawValue: "expected-equals")
        /// A value was expected.
        public static let expectedValue = Code(rawValue: "expected-value")
        /// Something other than a comment followed a key/value pair or a header on its line.
        public static let expectedNewline = Code(rawValue: "expected-newline")
        /// A header was not closed with `]` or `]]`.
        public static let expectedBracket = Code(rawValue: "expected-bracket")
        /// An array or inline table element was not followed by `,` or the closing delimiter.
        public static let expectedComma = Code(rawValue: "expected-comma")
        /// A key was defined twice in the same table.
        public static let duplicateKey = Code(rawValue: "duplicate-key")
        /// A table was defined twice, or a header names something that is not a table.
        public static let tableRedefined = Code(rawValue: "table-redefined")
        /// A header or dotted key tried to add to an inline table or a static array.
        public static let inlineValueExtended = Code(rawValue: "inline-value-extended")
        /// An integer outside the signed 64-bit range.
        public static let integerOverflow = Code(rawValue: "integer-overflow")
        /// A malformed integer or float (leading zero, misplaced `_`, missing digits, …).
        public static let invalidNumber = Code(rawValue: "invalid-number")
        /// A malformed or out-of-range date, time or offset.
        public static let invalidDateTime = Code(rawValue: "invalid-datetime")
        /// Arrays, inline tables and tables nested deeper than ``TOMLDocument/maximumDepth``.
        public static let nestingTooDeep = Code(rawValue: "nesting-too-deep")
    }

    /// The kind of error.
    public var code: Code
    /// A human-readable message, "expected X, found `Y`".
    public var message: String
    /// Byte offsets into the source of the offending text (empty at end of file).
    public var span: Range<Int>
    /// For redefinitions: where the key or table was first defined.
    public var firstDefinition: Range<Int>?

    public init(code: Code, message: String, span: Range<Int>, firstDefinition: Range<Int>? = nil) {
        self.code = code
        self.message = message
        self.span = span
        self.firstDefinition = firstDefinition
    }

    public var description: String { "\(code): \(message) (bytes \(span.lowerBound)..<\(span.upperBound))" }
}

extension TOMLError {
    /// Nesting deeper than ``TOMLDocument/maximumDepth`` at `span`.
    static func nestingTooDeep(at span: Range<Int>) -> TOMLError {
        TOMLError(
            code: .nestingTooDeep,
            message: "expected at most \(TOMLDocument.maximumDepth) levels of nesting, found more", span: span)
    }
}
