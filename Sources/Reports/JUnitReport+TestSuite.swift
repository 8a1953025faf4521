extension JUnitReport {
    /// A `<testsuite>`: a named group of test cases. Its counts are computed from the
    /// cases, so they cannot disagree with them.
    public struct TestSuite: Hashable, Sendable {
        public var name: String
        public var cases: [TestCase]
        /// Duration in seconds; `nil` writes the sum of the cases'.
        public var time: Double?
        /// When the suite ran, ISO 8601 (`2025-01-31T12:00:00`), if known.
        public var timestamp: String?

        public init(name: String, cases: [TestCase] = [], time: Double? = nil, timestamp: String? = nil) {
            self.name = name
            self.cases = cases
            self.time = time
            self.timestamp = timestamp
        }

        public var tests: Int { cases.count }
        public var failures: Int { cases.count { if case .failure = $0.outcome { true } else { false } } }
        public var errors: Int { cases.count { if case .error = $0.outcome { true } else { false } } }
        public var skipped: Int { cases.count { if case .skipped = $0.outcome { true } else { false } } }

        /// ``time`` or, when unset, the sum of the cases' times.
        public var totalTime: Double { time ?? cases.reduce(0) { $0 + $1.time } }
    }
}
