/// One node of a loaded YAML document as a standalone tree, with the place it starts.
///
/// Every scalar is a `String`: the loader never guesses booleans, numbers or nulls.
/// Mappings keep their keys in document order. Schema readers walk a
/// ``YAMLDocument`` in place instead; ``YAMLDocument/tree`` makes this form of it.
public struct YAMLNode: Hashable, Sendable {
    /// The shape and content of a node.
    public enum Value: Hashable, Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var value: Value
    /// Where the node starts (libyaml's start mark).
    public var mark: YAMLMark
    /// The file name used in error messages.
    public var file: String

    public init(_ value: Value, mark: YAMLMark, file: String) {
        self.value = value
        self.mark = mark
        self.file = file
    }

    /// A word for the node's shape, for messages: `a scalar`, `a sequence`, `a mapping`.
    public var kindDescription: String {
        switch value {
        case .scalar: "a scalar"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }

    /// An error located at this node.
    public func error(_ code: YAMLError.Code, _ message: String) -> YAMLError {
        YAMLError(code: code, message: message, file: file, mark: mark)
    }
}
