/// `[external]` (PEP 725) as the lint rules see it: every external dependency
/// specifier string, with the key it sits under. The table's shape is checked by the
/// External module's `ExternalTable` reader (see `ModelBuilder`).
public struct ExternalSection: Sendable {
    /// The span of the `[external]` header (or its key).
    public var span: Range<Int>
    /// Every specifier string, in document order.
    public var specifiers: [ExternalSpecifier] = []
}
