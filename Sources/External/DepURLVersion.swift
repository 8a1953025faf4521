import PEP440

/// The version part of a DepURL: one exact version (`@2.0`) or a range of PEP 440
/// specifiers limited to `>=`, `>`, `<`, `<=`, `==` joined with `,` (`@>=1.2,<2`).
public struct DepURLVersion: Hashable, Sendable, CustomStringConvertible {
    /// The operators PEP 725 allows.
    public enum Operator: String, Hashable, Sendable, CaseIterable {
        case equal = "=="
        case greaterThan = ">"
        case greaterThanOrEqual = ">="
        case lessThan = "<"
        case lessThanOrEqual = "<="
    }

    /// One `operator version` clause.
    public struct Constraint: Hashable, Sendable, CustomStringConvertible {
        public var op: Operator
        /// The version as written (validated as a PEP 440 version).
        public var version: String
        public var description: String { op.rawValue + version }
    }

    /// The clauses in the order written; a bare version is one `==` clause.
    public var constraints: [Constraint]
    /// True when written as a bare version (`@2.0`) rather than with operators.
    public var isBare: Bool
    /// The clauses as a PEP 440 specifier set, for `contains(_:)` checks.
    public var specifiers: SpecifierSet

    /// The text after `@` in canonical form: the bare version, or the clauses joined with `,`.
    public var description: String {
        isBare ? constraints[0].version : constraints.map(\.description).joined(separator: ",")
    }
}

extension DepURLVersion {
    /// Clauses of several dependencies on one package, all of which must hold.
    init(combining clauses: [Constraint]) {
        let text = clauses.map(\.description).joined(separator: ",")
        constraints = clauses
        isBare = false
        // Each clause was validated when its DepURL was parsed, so the set parses; the
        // empty set is only a fallback that keeps bad input from trapping.
        specifiers = (try? SpecifierSet(parsing: text)) ?? SpecifierSet()
    }
}
