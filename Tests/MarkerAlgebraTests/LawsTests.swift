import PEP508
import Testing

@testable import MarkerAlgebra

/// The laws of Boolean algebra, on random markers (raising comparisons included: a marker
/// raises where any part raises, and the laws still hold).
@Suite("Boolean algebra laws")
struct LawsTests {
    @Test func lawsHold() throws {
        var rng = SplitMix(seed: 21)
        let atoms = syntheticAtoms + corpusAtoms()
        let algebra = MarkerAlgebra()
        for _ in 0..<100 {
            let a = try algebra.condition(parsing: randomMarker(atoms, &rng, depth: 2))
            let b = try algebra.condition(parsing: randomMarker(atoms, &rng, depth: 2))
            let c = try algebra.condition(parsing: randomMarker(atoms, &rng, depth: 2))
            #expect(try a.and(b) == b.and(a))
            #expect(try a.or(b) == b.or(a))
            #expect(try a.and(b).and(c) == a.and(b.and(c)))
            #expect(try a.or(b).or(c) == a.or(b.or(c)))
            #expect(try a.and(b.or(c)) == a.and(b).or(a.and(c)))
            #expect(try a.or(b.and(c)) == a.or(b).and(a.or(c)))
            #expect(try a.and(a) == a)
            #expect(try a.or(a) == a)
            #expect(try a.negated().negated() == a)
            #expect(try a.and(b).negated() == a.negated().or(b.negated()))
            #expect(try a.or(b).negated() == a.negated().and(b.negated()))
            if !a.canRaise && !b.canRaise {
                #expect(try a.and(a.or(b)) == a)
                #expect(try a.or(a.and(b)) == a)
                #expect(try a.and(a.negated()).isAlwaysFalse)
                #expect(try a.or(a.negated()).isAlwaysTrue)
                #expect(try a.and(b).implies(a))
                #expect(try a.implies(a.or(b)))
            }
        }
    }

    @Test func identities() throws {
        let algebra = MarkerAlgebra()
        let a = try algebra.condition(parsing: #"python_version < "3.11" and sys_platform == "linux""#)
        #expect(try a.and(algebra.always) == a)
        #expect(try a.or(algebra.never) == a)
        #expect(try a.and(algebra.never).isAlwaysFalse)
        #expect(try a.or(algebra.always).isAlwaysTrue)
        #expect(algebra.always.isAlwaysTrue && algebra.never.isAlwaysFalse)
        #expect(try algebra.always.negated() == algebra.never)
    }

    @Test func conditionsOfDifferentAlgebrasDoNotMix() throws {
        let a = try MarkerAlgebra().condition(parsing: #"sys_platform == "linux""#)
        let b = try MarkerAlgebra().condition(parsing: #"sys_platform == "linux""#)
        #expect(a != b)
        let error = try #require(throws: AlgebraError.self) { try a.and(b) }
        #expect(error.kind == .mixedAlgebras)
    }
}

@Suite("Keys that do not depend on the algebra")
struct CanonicalKeyTests {
    @Test func equalMeaningsHaveEqualKeysInAnyAlgebra() throws {
        var rng = SplitMix(seed: 51)
        let first = MarkerAlgebra(), second = MarkerAlgebra()
        // Build in a different order in the second algebra, so its numbering differs.
        _ = try second.condition(parsing: #"sys_platform == "win32" or python_version >= "3.12.0""#)
        for _ in 0..<100 {
            let text = randomMarker(QueriesTests.atoms, &rng, depth: 2)
            let a = try first.condition(parsing: text)
            let b = try second.condition(parsing: text)
            #expect(a.canonicalKey == b.canonicalKey, "\(text)")
            let other = try first.condition(parsing: randomMarker(QueriesTests.atoms, &rng, depth: 2))
            #expect((other.canonicalKey == a.canonicalKey) == (other == a))
        }
        #expect(try first.condition(parsing: #"python_full_version >= "3.9.0""#).canonicalKey
            == second.condition(parsing: #"python_full_version >= "3.9""#).canonicalKey)
    }
}
