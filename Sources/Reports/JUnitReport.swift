/// A JUnit XML report: test suites of test cases, each passed, failed, errored or
/// skipped — the format CI systems (GitLab, Jenkins, GitHub actions that annotate)
/// read.
///
/// ``write()`` serializes through libxml2's `xmlTextWriter` and ``parse(xml:)`` reads a
/// document back through libxml2's parser. Text that XML 1.0 cannot carry (control
/// characters other than tab, line feed and carriage return; U+FFFE, U+FFFF) is
/// replaced by U+FFFD when writing; everything else, including `&`, `<`, quotes,
/// carriage returns and non-ASCII text, round-trips exactly.
public struct JUnitReport: Hashable, Sendable {
    /// The `name` of the `<testsuites>` element.
    public var name: String
    public var suites: [TestSuite]
    /// Total duration in seconds; `nil` writes the sum of the suites'.
    public var time: Double?

    public init(name: String, suites: [TestSuite] = [], time: Double? = nil) {
        self.name = name
        self.suites = suites
        self.time = time
    }

    public var tests: Int { suites.reduce(0) { $0 + $1.tests } }
    public var failures: Int { suites.reduce(0) { $0 + $1.failures } }
    public var errors: Int { suites.reduce(0) { $0 + $1.errors } }
    public var skipped: Int { suites.reduce(0) { $0 + $1.skipped } }

    /// ``time`` or, when unset, the sum of the suites' times.
    public var totalTime: Double { time ?? suites.reduce(0) { $0 + $1.totalTime } }
}
