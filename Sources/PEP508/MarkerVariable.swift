/// A variable named in a marker, resolved against a ``MarkerVariables`` registry.
public struct MarkerVariable: Hashable, Sendable, CustomStringConvertible {
    /// The modern name (`os.name` is stored as `os_name`).
    public let name: String
    /// How comparisons with this variable are evaluated.
    public let type: FieldType
    /// The standard variable, for fast environment lookups; nil for registered variables.
    let standard: StandardVariable?

    init(_ standard: StandardVariable) {
        self.name = standard.name
        self.type = standard.type
        self.standard = standard
    }

    init(registered name: String, type: FieldType) {
        self.name = name
        self.type = type
        self.standard = nil
    }

    public var description: String { name }

    var normalization: LiteralNormalization { standard?.normalization ?? .none }

    /// `literal` in the form it is compared in with this variable: PEP 685 normalised for
    /// `extra`, `extras` and `dependency_groups`, with PEP 825 `::` spacing for the variant
    /// sets (SPEC.md §3), unchanged otherwise. Parsed markers hold their literals in this
    /// form already; a marker built from a ``MarkerTree`` by hand may not.
    public func normalizedLiteral(_ literal: String) -> String { normalization.apply(literal) }
}
