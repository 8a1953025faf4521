extension Specifier {
    /// A version comparison operator.
    public enum Operator: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// `~=`: compatible release.
        case compatible = "~="
        /// `==`: version matching, with optional `.*` prefix matching.
        case equal = "=="
        /// `!=`: version exclusion, with optional `.*` prefix matching.
        case notEqual = "!="
        /// `<=`: inclusive ordered comparison.
        case lessThanOrEqual = "<="
        /// `>=`: inclusive ordered comparison.
        case greaterThanOrEqual = ">="
        /// `<`: exclusive ordered comparison.
        case lessThan = "<"
        /// `>`: exclusive ordered comparison.
        case greaterThan = ">"
        /// `===`: arbitrary (string) equality.
        case arbitrary = "==="

        public var description: String { rawValue }
    }
}
