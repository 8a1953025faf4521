import PEP440
import PEP508
import Testing

@testable import MarkerAlgebra

@Suite("Simplifying under requires-python and assumptions")
struct SimplifyTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var marker: String
        var requiresPython: String
        var output: String
        var testDescription: String { "\(marker) under \(requiresPython)" }
    }

    @Test(arguments: [
        Case(marker: #"python_version >= "3.9""#, requiresPython: ">=3.9", output: ""),
        Case(marker: #"python_full_version >= "3.9""#, requiresPython: ">=3.9", output: ""),
        Case(marker: #"python_version < "3.9""#, requiresPython: ">=3.9", output: #"python_version < "0""#),
        Case(marker: #"python_version >= "3.9" and python_version < "3.12" and sys_platform == "linux""#, requiresPython: ">=3.10",
             output: #"python_version < "3.12" and sys_platform == "linux""#),
        Case(marker: #"python_version < "3.11" or sys_platform == "win32""#, requiresPython: ">=3.11", output: #"sys_platform == "win32""#),
        Case(marker: #"python_version >= "3.8" and sys_platform == "linux""#, requiresPython: ">=3.9", output: #"sys_platform == "linux""#),
        Case(marker: #"(python_version < "3.10" and extra == "a") or (python_version >= "3.12" and extra == "a")"#, requiresPython: ">=3.9,<3.11",
             output: #"python_version < "3.10" and extra == "a""#),
        // The range's pre-releases are outside `>=3.9`, so the full-version bound is the class bound there.
        Case(marker: #"python_full_version >= "3.9" and python_full_version < "3.12""#, requiresPython: ">=3.8", output: #"python_full_version >= "3.9" and python_version < "3.12""#),
    ])
    func underRequiresPython(_ c: Case) throws {
        let algebra = MarkerAlgebra()
        let rp = try SpecifierSet(parsing: c.requiresPython)
        let condition = try algebra.condition(parsing: c.marker).simplified(requiresPython: rp)
        #expect(try algebra.render(condition) == c.output)
        // Exact under the range: equal where the interpreter is allowed.
        let range = try algebra.condition(requiresPython: rp)
        let original = try algebra.condition(parsing: c.marker)
        #expect(try condition.and(range) == original.and(range))
    }

    /// Markers equal within the range simplify to the same condition.
    @Test func simplificationIsCanonicalWithinTheRange() throws {
        var rng = SplitMix(seed: 41)
        let algebra = MarkerAlgebra()
        let rp = try SpecifierSet(parsing: ">=3.9")
        let range = try algebra.condition(requiresPython: rp)
        for _ in 0..<200 {
            let a = try algebra.condition(parsing: randomMarker(QueriesTests.atoms, &rng, depth: 2))
            let b = try algebra.condition(parsing: randomMarker(QueriesTests.atoms, &rng, depth: 2))
            let (sa, sb) = (try a.simplified(requiresPython: rp), try b.simplified(requiresPython: rp))
            #expect(try sa.and(range) == a.and(range))
            #expect(try (a.and(range) == b.and(range)) == (sa == sb))
            #expect(try sa.simplified(requiresPython: rp) == sa)
        }
    }

    @Test func assumptionsAreTheCallers() throws {
        let algebra = MarkerAlgebra()
        let windows = try algebra.condition(
            parsing: #"(sys_platform == "win32" and platform_system == "Windows") or (sys_platform != "win32" and platform_system != "Windows")"#)
        let marker = try algebra.condition(parsing: #"sys_platform == "win32" and platform_system == "Windows""#)
        // Without the assumption the two variables are independent.
        #expect(try algebra.render(marker) == #"sys_platform == "win32" and platform_system == "Windows""#)
        let simplified = try marker.simplified(assuming: windows)
        #expect(try algebra.render(simplified) == #"sys_platform == "win32""#)
        #expect(try simplified.and(windows) == marker.and(windows))
        #expect(try marker.isAlwaysFalse(assuming: algebra.condition(parsing: #"sys_platform != "win32""#)))
        #expect(try !marker.isAlwaysFalse(assuming: windows))
    }

    /// A marker whose diagram grows without bound stops with an error, in bounded time.
    @Test func theBudgetStopsRunawayOperations() throws {
        let algebra = MarkerAlgebra(options: .init(budget: 2_000))
        // (a0 or b0) and (a1 or b1) and … with the a's and b's interleaved badly in the order.
        let clauses = (0..<24).map { #"("x\#($0)" in extras or "y\#(23 - $0)" in dependency_groups)"# }
        let marker = try Marker(parsing: clauses.joined(separator: " and "))
        let error = try #require(throws: AlgebraError.self) { try algebra.condition(marker) }
        #expect(error.kind == .budgetExceeded)
        #expect(error.message.hasPrefix("expected `build` to finish within 2000 steps"))
        // The algebra stays usable.
        #expect(try algebra.condition(parsing: #"sys_platform == "linux""#).isAlwaysTrue == false)
    }

    /// `stepsTaken` counts the steps of every operation, for callers with a budget across
    /// operations (lint's per document): it only grows, a stopped operation counts its
    /// whole budget, and each operation alone still gets the full budget.
    @Test func stepsTakenAddsUpOperations() throws {
        let algebra = MarkerAlgebra(options: .init(budget: 2_000))
        #expect(algebra.stepsTaken == 0)
        let a = try algebra.condition(parsing: #"python_version < "3.11" and sys_platform == "linux""#)
        let first = algebra.stepsTaken
        #expect(first > 0)
        _ = try a.or(algebra.condition(parsing: #"os_name == "nt""#))
        let second = algebra.stepsTaken
        #expect(second > first)
        let clauses = (0..<24).map { #"("x\#($0)" in extras or "y\#(23 - $0)" in dependency_groups)"# }
        #expect(throws: AlgebraError.self) { try algebra.condition(Marker(parsing: clauses.joined(separator: " and "))) }
        let stopped = algebra.stepsTaken
        #expect(stopped >= second + 2_000)
        // Operations after a stopped one count on from there.
        for index in 0..<200 { _ = try algebra.condition(parsing: #"platform_release == "r\#(index)" or os_name == "o\#(index)""#) }
        #expect(algebra.stepsTaken >= stopped + 200)
    }
}
