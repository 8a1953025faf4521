/// One entry of a YAML mapping: a scalar key node and its value.
public struct YAMLPair: Hashable, Sendable {
    /// The key node; always a scalar.
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }

    /// The key's text.
    public var name: String {
        if case .scalar(let text) = key.value { return text }
        return ""
    }
}
