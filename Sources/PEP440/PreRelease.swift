/// The pre-release segment of a version: a phase (`a`, `b`, `rc`) and its number.
public struct PreRelease: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// A pre-release phase, in the order PEP 440 sorts them. The raw value is the normal form.
    public enum Kind: String, Hashable, Comparable, Sendable, CaseIterable {
        case alpha = "a"
        case beta = "b"
        case releaseCandidate = "rc"

        @usableFromInline var rank: Int {
            switch self {
            case .alpha: 0
            case .beta: 1
            case .releaseCandidate: 2
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rank < rhs.rank }
    }

    public var kind: Kind
    public var number: VersionNumber

    public init(kind: Kind, number: VersionNumber) {
        self.kind = kind
        self.number = number
    }

    /// The normal form, such as `rc1`.
    public var description: String { kind.rawValue + number.description }

    public static func < (lhs: PreRelease, rhs: PreRelease) -> Bool {
        lhs.kind != rhs.kind ? lhs.kind < rhs.kind : lhs.number < rhs.number
    }
}
