/// What mapping one external dependency to an ecosystem gave.
public struct DependencyOutcome: Hashable, Sendable {
    /// The three results a lookup can have; `notPackaged` and `unmapped` differ:
    /// the first is a known absence, the second a gap in the tables.
    public enum Status: Hashable, Sendable {
        /// Packages found; `via` names the provider used for a virtual dependency
        /// or the canonical id an alias led to.
        case mapped(packages: [String], via: DepURL?)
        /// The ecosystem is known not to package it.
        case notPackaged(note: String?)
        /// The tables say nothing about it.
        case unmapped
    }

    public var dependency: DepURL
    public var category: DependencyCategory
    public var status: Status

    public init(dependency: DepURL, category: DependencyCategory, status: Status) {
        self.dependency = dependency
        self.category = category
        self.status = status
    }
}
