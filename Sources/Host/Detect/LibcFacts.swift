/// The C library.
public struct LibcFacts: Sendable, Equatable {
    /// `glibc` or `musl`.
    public var family: Fact<String>?
    /// `2.39`, `1.2.4`.
    public var version: Fact<String>?

    public init() {}
}
