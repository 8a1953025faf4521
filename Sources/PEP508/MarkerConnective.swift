/// The boolean operator between two terms of a ``MarkerTree/group(_:_:)``.
public enum MarkerConnective: String, Hashable, Sendable, CustomStringConvertible {
    case and
    case or

    public var description: String { rawValue }
}
