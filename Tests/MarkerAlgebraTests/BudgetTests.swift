import PEP508
import Testing

@testable import MarkerAlgebra

/// An operation stopped by the budget leaves the algebra as it was: its buffers, caches and
/// tables still give the answers an algebra without a budget gives.
@Suite("Operations stopped by the budget")
struct BudgetTests {
    /// String comparisons over several variables with many values (the value-by-value
    /// combination and its buffer frames), and version ranges.
    static let atoms: [String] = {
        var out: [String] = []
        for (name, values) in [
            ("sys_platform", ["linux", "win32", "darwin", "cygwin", "aix"]),
            ("platform_machine", ["x86_64", "aarch64", "arm64", "ppc64le"]),
            ("implementation_name", ["cpython", "pypy", "graalpy"]),
        ] {
            for value in values { out += ["\(name) == \"\(value)\"", "\(name) != \"\(value)\""] }
            out.append("\(name) in \"\(values.prefix(2).joined(separator: " "))\"")
        }
        for version in ["3.8", "3.9", "3.10", "3.11"] {
            out += ["python_version >= \"\(version)\"", "python_full_version < \"\(version).1\""]
        }
        return out
    }()

    @Test func stoppedOperationsLeaveTheAlgebraCorrect() throws {
        var rng = SplitMix(seed: 91)
        let limited = MarkerAlgebra(options: .init(budget: 12))
        let unlimited = MarkerAlgebra()
        var stopped = 0, finished = 0
        for _ in 0..<300 {
            let (ta, tb) = (randomMarker(Self.atoms, &rng, depth: 3), randomMarker(Self.atoms, &rng, depth: 3))
            let (ra, rb) = (try unlimited.condition(parsing: ta), try unlimited.condition(parsing: tb))
            let expected = [try ra.and(rb).canonicalKey, try ra.or(rb).canonicalKey, "\(try ra.implies(rb))", "\(try ra.isDisjoint(with: rb))"]
            do {
                let (a, b) = (try limited.condition(parsing: ta), try limited.condition(parsing: tb))
                let actual = [try a.and(b).canonicalKey, try a.or(b).canonicalKey, "\(try a.implies(b))", "\(try a.isDisjoint(with: b))"]
                #expect(actual == expected, "\(ta) | \(tb)")
                finished += 1
            } catch {
                #expect(error.kind == .budgetExceeded)
                stopped += 1
            }
        }
        // Both paths were taken many times.
        #expect(stopped > 30 && finished > 30, "stopped \(stopped), finished \(finished)")
    }
}
