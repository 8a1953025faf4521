import PEP508

/// One entry of `[dependency-groups]` (PEP 735).
public struct DependencyGroup: Sendable {
    public enum Item: Sendable {
        case requirement(RequirementEntry)
        /// `{include-group = "NAME"}`.
        case include(Spanned<String>)
    }

    /// The name as written (its span is the key's).
    public var name: Spanned<String>
    public var items: [Item]

    public var normalizedName: String { PackageName.normalize(name.value) }

    /// The requirement strings, without the includes.
    public var requirements: [RequirementEntry] {
        items.compactMap { if case .requirement(let entry) = $0 { entry } else { nil } }
    }
}
