/// `[build-system]`.
public struct BuildSystem: Sendable {
    public var requires: [RequirementEntry] = []
    public var buildBackend: Spanned<String>?
    public var backendPath: [Spanned<String>] = []
    /// The span of the `[build-system]` header (or its key).
    public var span: Range<Int>
}
