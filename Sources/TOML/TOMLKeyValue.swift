/// A `key = value` line as written (the keys are relative to the table of the enclosing header).
public struct TOMLKeyValue: Equatable, Sendable {
    /// The dotted key parts.
    public var keys: [TOMLKey]
    /// The value.
    public var value: TOMLValue

    public init(keys: [TOMLKey], value: TOMLValue) {
        self.keys = keys
        self.value = value
    }

    /// Byte offsets from the first key part to the end of the value.
    public var span: Range<Int> { (keys.first?.span.lowerBound ?? value.span.lowerBound)..<value.span.upperBound }
}
