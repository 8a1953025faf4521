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
}
