import JSON
extension ConformanceRun {
    /// A table per topic, the totals, and the first `limit` differences.
    public func textReport(limit: Int = 20) -> String {
        var out = "Conformance of \(implementation)\n\n"
        let width = max(5, tallies.map(\.topic.count).max() ?? 0)
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        func lpad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
        out += pad("topic", width) + "  passed  failed  unsupported\n"
        for (topic, tally) in tallies + [("total", total)] {
            if topic == "total" { out += String(repeating: "-", count: width + 29) + "\n" }
            out += pad(topic, width) + "  " + lpad(String(tally.passed), 6) + "  " + lpad(String(tally.failed), 6)
                + "  " + lpad(String(tally.unsupported), 11) + "\n"
        }
        let failures = self.failures
        if !failures.isEmpty {
            out += "\nFirst differences (\(min(limit, failures.count)) of \(failures.count)):\n"
            for result in failures.prefix(limit) {
                out += "\n\(result.testCase.id)\n"
                out += "  request:  \(result.testCase.request.serialized)\n"
                for (i, expected) in result.testCase.expectations.enumerated() {
                    out += (i == 0 ? "  expected: " : "       or: ") + expected.serialized + "\n"
                }
                switch result.outcome {
                case .failed(let actual): out += "  actual:   \(actual.serialized)\n"
                case .broken(let reason): out += "  actual:   (\(reason))\n"
                case .passed, .unsupported: break
                }
                if let authority = result.testCase.authority { out += "  authority: \(authority)\n" }
            }
        }
        return out
    }

    /// `{"implementation", "topics": {topic: {passed, failed, unsupported}}, "failures": [...]}`.
    public var jsonReport: JSONValue {
        let topics = JSONValue.object(tallies.map { item in
            (item.topic, .object([
                ("passed", JSONValue(item.tally.passed)),
                ("failed", JSONValue(item.tally.failed)),
                ("unsupported", JSONValue(item.tally.unsupported)),
            ]))
        })
        let failures = JSONValue.array(self.failures.map { result in
            let actual: JSONValue
            switch result.outcome {
            case .failed(let value): actual = value
            case .broken(let reason): actual = .object([("broken", .string(reason))])
            case .passed, .unsupported: actual = .null
            }
            let expected: JSONValue = result.testCase.expectations.count == 1
                ? result.testCase.expectations[0] : .array(result.testCase.expectations)
            return .object([
                ("id", .string(result.testCase.id)),
                ("topic", .string(result.testCase.topic)),
                ("request", result.testCase.request),
                ("expected", expected),
                ("actual", actual),
            ])
        })
        return .object([
            ("implementation", .string(implementation)),
            ("total", .object([
                ("passed", JSONValue(total.passed)),
                ("failed", JSONValue(total.failed)),
                ("unsupported", JSONValue(total.unsupported)),
            ])),
            ("topics", topics),
            ("failures", failures),
        ])
    }
}
