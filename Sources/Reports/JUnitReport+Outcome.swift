extension JUnitReport {
    /// How a test case ended.
    public enum Outcome: Hashable, Sendable {
        case passed
        /// An assertion failed: `<failure message="…" type="…">body</failure>`.
        case failure(message: String, type: String? = nil, body: String = "")
        /// The test could not run to its end: `<error message="…" type="…">body</error>`.
        case error(message: String, type: String? = nil, body: String = "")
        /// `<skipped message="…"/>`.
        case skipped(message: String? = nil)
    }
}
