import PEP508
import Testing

@testable import MarkerAlgebra

/// Answers dep-logic 0.7.2 and poetry-core 2.5.0 (and uv 0.13's `pip compile --universal`)
/// give that an environment refutes, or that SPEC.md decides otherwise; observed with
/// Scripts/bench_algebra_peers.py's versions. Each case holds our answer and, where the
/// peers' claim is refutable, the environment that refutes it.
@Suite("Where the peers are wrong")
struct PeerFailureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var marker: String
        /// What dep-logic and poetry-core claim.
        var peers: String
        var alwaysTrue: Bool
        var alwaysFalse: Bool
        /// For a peer claim of "always true": an environment where the marker is false.
        var refutation: [String: String]?
        var testDescription: String { marker }
    }

    static let env311 = [
        "python_version": "3.9", "python_full_version": "3.9.0rc1", "sys_platform": "linux",
        "platform_release": "5.15.0-91-generic",
    ]

    @Test(arguments: [
        // `<3.9` excludes 3.9's pre-releases and `>=3.9` starts at 3.9 (PEP 440): 3.9.0rc1 is in neither.
        Case(marker: #"python_full_version < "3.9" or python_full_version >= "3.9""#, peers: "always true (uv too)",
             alwaysTrue: false, alwaysFalse: false, refutation: env311),
        Case(marker: #"python_version < "3.9" or python_full_version >= "3.9""#, peers: "always true",
             alwaysTrue: false, alwaysFalse: false, refutation: env311),
        // Unparsable text falls back to String rules, where `<` is false and `>=` is `==`.
        Case(marker: #"platform_release >= "5" or platform_release < "5""#, peers: "always true",
             alwaysTrue: false, alwaysFalse: false, refutation: env311),
        // python_version is two numbers: it is never 3.9.1.
        Case(marker: #"python_version == "3.9.1""#, peers: "satisfiable", alwaysTrue: false, alwaysFalse: true),
        // `>3.9` excludes 3.9's post-releases (PEP 440), so nothing lies between it and 3.9.post1.
        Case(marker: #"python_full_version > "3.9" and python_full_version < "3.9.post1""#, peers: "satisfiable",
             alwaysTrue: false, alwaysFalse: true),
        // SPEC.md D4: `in` on a Version field is false.
        Case(marker: #"python_version in "2.7 3.5""#, peers: "satisfiable", alwaysTrue: false, alwaysFalse: true),
        // SPEC.md §2.5: in core metadata `extra` holds one name.
        Case(marker: #"extra == "a" and extra == "b""#, peers: "satisfiable", alwaysTrue: false, alwaysFalse: true),
    ])
    func ourAnswer(_ c: Case) throws {
        let algebra = MarkerAlgebra()
        let condition = try algebra.condition(parsing: c.marker)
        #expect(condition.isAlwaysTrue == c.alwaysTrue)
        #expect(condition.isAlwaysFalse == c.alwaysFalse)
        if let refutation = c.refutation {
            var env = MarkerEnvironment()
            for (name, value) in refutation { env[name] = .string(value) }
            #expect(reference(try Marker(parsing: c.marker), env) == .value(false))
        }
    }

    /// poetry-core's `implies` (`a ∩ ¬b` empty) says `python_version >= "3.9"` implies
    /// `python_full_version >= "3.9"`; 3.9.0rc1 refutes it.
    @Test func preReleaseInterpretersSeparatePythonVersionFromFullVersion() throws {
        let algebra = MarkerAlgebra()
        let short = try algebra.condition(parsing: #"python_version >= "3.9""#)
        let full = try algebra.condition(parsing: #"python_full_version >= "3.9""#)
        #expect(try !short.implies(full))
        #expect(try full.implies(short))
        let env = try #require(try short.and(full.negated()).witness(true))
        #expect(reference(try Marker(parsing: #"python_version >= "3.9""#), env) == .value(true))
        #expect(reference(try Marker(parsing: #"python_full_version >= "3.9""#), env) == .value(false))
    }
}
