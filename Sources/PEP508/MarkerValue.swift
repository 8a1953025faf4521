/// The value of one variable in a ``MarkerEnvironment``.
public enum MarkerValue: Hashable, Sendable {
    /// For ``FieldType/string``, ``FieldType/version``, ``FieldType/versionOrString``
    /// and ``FieldType/extra`` variables.
    case string(String)
    /// For ``FieldType/set`` variables (and, as an extension, `extra`: the requested extras).
    case set(Set<String>)
}

extension MarkerValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension MarkerValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: String...) { self = .set(Set(elements)) }
}
