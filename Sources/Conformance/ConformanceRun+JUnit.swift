import Reports

extension ConformanceRun {
    /// One test suite per topic and one test case per conformance case:
    /// failures carry the request, the acceptable responses and the actual
    /// one; unsupported operations are skipped; a broken adapter is an error.
    public func junitReport() -> JUnitReport {
        var suites: [String: JUnitReport.TestSuite] = [:]
        for result in results {
            let testCase = result.testCase
            let outcome: JUnitReport.Outcome
            switch result.outcome {
            case .passed:
                outcome = .passed
            case .unsupported:
                outcome = .skipped(message: "unsupported operation")
            case .failed(let actual):
                var body = "request:  \(testCase.request.serialized)\n"
                for expected in testCase.expectations { body += "expected: \(expected.serialized)\n" }
                body += "actual:   \(actual.serialized)\n"
                if let authority = testCase.authority { body += "authority: \(authority)\n" }
                outcome = .failure(message: "unexpected response", type: "mismatch", body: body)
            case .broken(let reason):
                outcome = .error(message: reason, type: "adapter", body: "request:  \(testCase.request.serialized)\n")
            }
            suites[testCase.topic, default: JUnitReport.TestSuite(name: testCase.topic)].cases.append(
                JUnitReport.TestCase(classname: "conformance.\(testCase.topic)", name: testCase.id, outcome: outcome))
        }
        return JUnitReport(
            name: "conformance: \(implementation)",
            suites: topics.compactMap { suites[$0] })
    }
}
