extension JUnitReport {
    /// A `<testcase>`.
    public struct TestCase: Hashable, Sendable {
        /// Groups cases in CI displays; for lint results, the file.
        public var classname: String
        public var name: String
        /// Duration in seconds (written with millisecond precision).
        public var time: Double
        public var outcome: Outcome
        /// The file the case is about (the `file` attribute GitLab links to).
        public var file: String?
        /// The line in ``file`` (the `line` attribute).
        public var line: Int?
        /// Captured output (`<system-out>`).
        public var systemOut: String?

        public init(
            classname: String, name: String, time: Double = 0, outcome: Outcome = .passed,
            file: String? = nil, line: Int? = nil, systemOut: String? = nil
        ) {
            self.classname = classname
            self.name = name
            self.time = time
            self.outcome = outcome
            self.file = file
            self.line = line
            self.systemOut = systemOut
        }
    }
}
