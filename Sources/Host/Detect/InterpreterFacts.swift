/// The Python interpreter the marker environment describes.
public struct InterpreterFacts: Sendable, Equatable {
    public var executable: Fact<String>?
    /// The standard marker fields in the spec's order, from the interpreter or (without one)
    /// from `uname(2)` with the spec's "cannot be calculated" values for the rest.
    public var markerEnvironment: [(name: String, value: String)] = []
    /// Where the marker environment came from: `python` or `uname`.
    public var markerSource: FactSource?
    /// PEP 780's ABI features, in its order of groups.
    public var sysABIFeatures: Fact<[String]>?
    /// The marker fields that had no value (no interpreter): `python_version`, … .
    public var unavailableFields: [String] = []

    public init() {}

    public static func == (lhs: InterpreterFacts, rhs: InterpreterFacts) -> Bool {
        lhs.executable == rhs.executable && lhs.markerEnvironment.elementsEqual(rhs.markerEnvironment, by: ==)
            && lhs.markerSource == rhs.markerSource && lhs.sysABIFeatures == rhs.sysABIFeatures
            && lhs.unavailableFields == rhs.unavailableFields
    }
}
