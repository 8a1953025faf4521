/// A model value and the bytes of the file it was read from.
public struct Spanned<Value: Sendable>: Sendable {
    public var value: Value
    public var span: Range<Int>

    public init(_ value: Value, span: Range<Int>) {
        self.value = value
        self.span = span
    }
}

extension Spanned: Equatable where Value: Equatable {}
extension Spanned: Hashable where Value: Hashable {}
