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
