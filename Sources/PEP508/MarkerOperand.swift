/// One side of a marker comparison.
public enum MarkerOperand: Hashable, Sendable, CustomStringConvertible {
    case variable(MarkerVariable)
    /// A user supplied constant, without its quotes (and normalised when it is compared
    /// with `extra`, `extras`, `dependency_groups` or a variant set; see SPEC.md).
    case literal(String)

    /// The variable or literal as pypa/packaging writes it: a literal in double quotes,
    /// or in single quotes when it contains a double quote.
    public var description: String {
        switch self {
        case .variable(let variable):
            return variable.name
        case .literal(let value):
            if !value.utf8.contains(0x22) { return "\"\(value)\"" }
            return "'\(value)'"
        }
    }
}
