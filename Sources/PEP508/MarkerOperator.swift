import PEP440

/// A comparison operator of the marker language.
public enum MarkerOperator: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    case lessThanOrEqual = "<="
    case lessThan = "<"
    case notEqual = "!="
    case equal = "=="
    case arbitraryEqual = "==="
    case greaterThanOrEqual = ">="
    case greaterThan = ">"
    case compatible = "~="
    case `in` = "in"
    case notIn = "not in"

    public var description: String { rawValue }

    /// The operator spelled by `length` bytes at `start` (`length` from
    /// ``Cursor/operatorLength(at:)``).
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) {
        let a = bytes[start]
        switch (a, length) {
        case (0x3C, 1): self = .lessThan
        case (0x3E, 1): self = .greaterThan
        case (0x3C, 2): self = .lessThanOrEqual
        case (0x3E, 2): self = .greaterThanOrEqual
        case (0x21, 2): self = .notEqual
        case (0x7E, 2): self = .compatible
        case (0x3D, 2): self = .equal
        case (0x3D, 3): self = .arbitraryEqual
        default: return nil
        }
    }

    /// The same comparison as a version specifier operator (nil for `in` and `not in`).
    var versionOperator: Specifier.Operator? {
        switch self {
        case .lessThanOrEqual: .lessThanOrEqual
        case .lessThan: .lessThan
        case .notEqual: .notEqual
        case .equal: .equal
        case .arbitraryEqual: .arbitrary
        case .greaterThanOrEqual: .greaterThanOrEqual
        case .greaterThan: .greaterThan
        case .compatible: .compatible
        case .in, .notIn: nil
        }
    }
}
