/// One part of a (possibly dotted) key, as written.
public struct TOMLKey: Hashable, Sendable, CustomStringConvertible {
    /// The decoded key text (quotes removed, escapes applied).
    public var name: String
    /// Byte offsets of the key part in the source, including any quotes.
    public var span: Range<Int>

    public init(name: String, span: Range<Int>) {
        self.name = name
        self.span = span
    }

    public var description: String { name }
}
