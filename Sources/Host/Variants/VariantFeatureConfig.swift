/// One feature of a variant namespace with the values this machine supports, most preferred
/// first (PEP 817's "variant feature config").
public struct VariantFeatureConfig: Sendable, Equatable {
    public var name: String
    public var values: [String]
    public var multiValue: Bool

    public init(name: String, values: [String], multiValue: Bool = false) {
        self.name = name
        self.values = values
        self.multiValue = multiValue
    }
}
