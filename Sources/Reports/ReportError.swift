/// Why a report could not be written or read.
public struct ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable kebab-case name for the kind of failure.
    public struct Kind: RawRepresentable, Hashable, Sendable {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// libxml2's writer refused an operation (out of memory, in practice).
        public static let xmlWriter = Kind(rawValue: "xml-writer")
        /// The input is not well-formed XML.
        public static let invalidXML = Kind(rawValue: "invalid-xml")
        /// The XML is well-formed but not a JUnit report we can read.
        public static let invalidJUnit = Kind(rawValue: "invalid-junit")
        /// A file could not be written.
        public static let io = Kind(rawValue: "io-error")
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(message)" }
}
