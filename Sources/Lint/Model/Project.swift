import PEP508

/// `[project]`: the fields of the pyproject.toml specification that the rules look at.
///
/// Fields whose type is wrong are absent here (the model builder records a
/// `ShapeIssue` for them), so a rule can trust every value it finds.
public struct Project: Sendable {
    public var span: Range<Int>
    public var name: TextValue?
    public var version: TextValue?
    public var requiresPython: TextValue?
    public var dependencies: [RequirementEntry] = []
    /// Extras as written, in order, with their requirements.
    public var optionalDependencies: [(name: Spanned<String>, requirements: [RequirementEntry])] = []
    /// The fields listed in `dynamic`.
    public var dynamic: [Spanned<String>] = []
    /// Every top-level key written in `[project]`, with the span of the key.
    public var keys: [Spanned<String>] = []

    /// The extras by normalised name (PEP 685).
    public var extraNames: Set<String> {
        Set(optionalDependencies.map { PackageName.normalize($0.name.value) })
    }
}
