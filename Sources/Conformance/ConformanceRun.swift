/// The outcome of running a suite against one implementation.
public struct ConformanceRun: Sendable {
    public struct Result: Sendable {
        public var testCase: ConformanceCase
        public var outcome: CaseOutcome
    }

    public struct Tally: Sendable, Equatable {
        public var passed = 0
        public var failed = 0
        public var unsupported = 0
        public var total: Int { passed + failed + unsupported }
    }

    public var implementation: String
    public var topics: [String]
    public var results: [Result]
    /// Why the run ended before the last case: the implementation could not go on
    /// (``AdapterFailure/isFatal``). `results` holds the cases before it.
    public var aborted: AdapterFailure?

    /// Counts per topic, in suite order. Broken cases count as failed.
    public var tallies: [(topic: String, tally: Tally)] {
        var byTopic: [String: Tally] = [:]
        for result in results {
            var tally = byTopic[result.testCase.topic, default: Tally()]
            switch result.outcome {
            case .passed: tally.passed += 1
            case .unsupported: tally.unsupported += 1
            case .failed, .broken: tally.failed += 1
            }
            byTopic[result.testCase.topic] = tally
        }
        return topics.map { ($0, byTopic[$0] ?? Tally()) }
    }

    public var total: Tally {
        tallies.reduce(into: Tally()) { sum, item in
            sum.passed += item.tally.passed
            sum.failed += item.tally.failed
            sum.unsupported += item.tally.unsupported
        }
    }

    public var failures: [Result] {
        results.filter {
            switch $0.outcome {
            case .failed, .broken: return true
            case .passed, .unsupported: return false
            }
        }
    }

    /// Runs every case in order against `implementation`, calling `progress`
    /// after each with the number done, until a fatal failure (``aborted``).
    public static func run<I: ConformanceImplementation>(
        _ suite: ConformanceSuite, against implementation: inout I,
        progress: ((Int) -> Void)? = nil
    ) -> ConformanceRun {
        var run = ConformanceRun(implementation: implementation.name, topics: suite.topics, results: [])
        run.results.reserveCapacity(suite.cases.count)
        for (index, testCase) in suite.cases.enumerated() {
            let outcome: CaseOutcome
            switch implementation.respond(to: testCase.request) {
            case .success(let response): outcome = CaseOutcome.judge(response, against: testCase.expectations)
            case .failure(let failure) where failure.isFatal:
                run.aborted = failure
                return run
            case .failure(let failure): outcome = .broken(reason: failure.reason)
            }
            run.results.append(Result(testCase: testCase, outcome: outcome))
            progress?(index + 1)
        }
        return run
    }
}
