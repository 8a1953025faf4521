/// An error found while loading or reading a YAML file.
///
/// `code` is stable and kebab-case (see ``YAMLError/Code``); `message` reads
/// "expected X, found `Y`"; `file` and `mark` say where.
public struct YAMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The stable identifier of a kind of YAML error.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// libyaml rejected the text (scanner or parser error).
        public static let syntax = Code(rawValue: "syntax")
        /// The bytes are not valid UTF-8.
        public static let invalidUTF8 = Code(rawValue: "invalid-utf8")
        /// An anchor (`&name`) was used.
        public static let anchor = Code(rawValue: "anchor")
        /// An alias (`*name`) was used.
        public static let alias = Code(rawValue: "alias")
        /// An explicit tag (`!!str`, `!custom`) was used.
        public static let tag = Code(rawValue: "tag")
        /// A key appears twice in one mapping.
        public static let duplicateKey = Code(rawValue: "duplicate-key")
        /// A mapping key is a sequence or a mapping.
        public static let nonScalarKey = Code(rawValue: "non-scalar-key")
        /// The stream holds more than one document.
        public static let multipleDocuments = Code(rawValue: "multiple-documents")
        /// The stream holds no document at all.
        public static let emptyDocument = Code(rawValue: "empty-document")
        /// Collections are nested deeper than ``YAMLLoader/maxDepth``.
        public static let tooDeep = Code(rawValue: "too-deep")
        /// A node has another shape than the reader expects (typed accessors).
        public static let unexpectedType = Code(rawValue: "unexpected-type")
        /// A required key is absent (typed accessors).
        public static let missingKey = Code(rawValue: "missing-key")
        /// A key is not among the allowed ones (typed accessors).
        public static let unknownKey = Code(rawValue: "unknown-key")
        /// A file or directory could not be read.
        public static let unreadable = Code(rawValue: "unreadable")
        /// A scalar does not have an allowed value (typed accessors).
        public static let invalidValue = Code(rawValue: "invalid-value")
    }

    public var code: Code
    public var message: String
    public var file: String
    public var mark: YAMLMark

    public init(code: Code, message: String, file: String, mark: YAMLMark) {
        self.code = code
        self.message = message
        self.file = file
        self.mark = mark
    }

    public var line: Int { mark.line }
    public var column: Int { mark.column }

    /// `file:line:column: error[code]: message`.
    public var description: String {
        "\(file):\(mark.line):\(mark.column): error[\(code.rawValue)]: \(message)"
    }
}
