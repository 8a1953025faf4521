import PEP440
import PEP508
import Testing

@testable import MarkerAlgebra

/// `implies`, `isDisjoint`, `isAlwaysTrue`, `isAlwaysFalse` against brute force over a few
/// variables, and every "no" backed by an environment that shows it.
@Suite("Questions against brute force")
struct QueriesTests {
    static let atoms: [String] = {
        var out: [String] = []
        for literal in ["3.8", "3.9", "3.9.1", "3.10", "3.9rc1", "3.9.*"] {
            for op in ["<", "<=", ">", ">=", "==", "!="] {
                out.append("python_version \(op) \"\(literal)\"")
                out.append("python_full_version \(op) \"\(literal)\"")
            }
        }
        for literal in ["linux", "win32", "darwin"] {
            out += ["sys_platform == \"\(literal)\"", "sys_platform != \"\(literal)\""]
        }
        out += [#"sys_platform in "linux darwin""#, #"extra == "a""#, #"extra != "a""#, #"extra == "b""#]
        return out
    }()

    /// Full versions on both sides of every bound the atoms draw, and inside every class.
    static let environments: [MarkerEnvironment] = {
        let fulls = [
            "3.7.9", "3.8.0rc1", "3.8.dev0", "3.8.0", "3.8.0+local", "3.8.post1", "3.8.0.1", "3.8.1", "3.8.20",
            "3.9.dev0", "3.9.0a1", "3.9.0rc1", "3.9.0rc1+x", "3.9rc1.post1", "3.9rc2", "3.9.0", "3.9.0+local",
            "3.9.post1", "3.9.0.1", "3.9.1.dev0", "3.9.1rc1", "3.9.1", "3.9.1+x", "3.9.1.post1", "3.9.2",
            "3.10.dev0", "3.10.0rc1", "3.10.0", "3.10.0+x", "3.10.0.post2", "3.10.5", "3.11.0", "4.0",
        ]
        var out: [MarkerEnvironment] = []
        for full in fulls {
            for platform in ["linux", "win32", "darwin", "lin", "cygwin"] {
                for extra in ["", "a", "b"] {
                    var env = MarkerEnvironment()
                    env["python_full_version"] = .string(full)
                    env["python_version"] = .string(PythonVersions.truncation(Version(full)!).text)
                    env["sys_platform"] = .string(platform)
                    env["extra"] = .string(extra)
                    out.append(env)
                }
            }
        }
        return out
    }()

    static func truth(_ marker: Marker) -> [Bool] {
        environments.map { (try? marker.evaluate(in: $0)) ?? false }
    }

    @Test func questionsAgreeWithBruteForce() throws {
        var rng = SplitMix(seed: 31)
        let algebra = MarkerAlgebra()
        for _ in 0..<150 {
            let (ta, tb) = (randomMarker(Self.atoms, &rng, depth: 2), randomMarker(Self.atoms, &rng, depth: 2))
            let (ma, mb) = (try Marker(parsing: ta), try Marker(parsing: tb))
            let (a, b) = (try algebra.condition(ma), try algebra.condition(mb))
            let (va, vb) = (Self.truth(ma), Self.truth(mb))
            let implied = zip(va, vb).allSatisfy { !$0 || $1 }
            let disjoint = zip(va, vb).allSatisfy { !($0 && $1) }
            #expect(try a.implies(b) == implied, "\(ta) ⇒ \(tb)")
            #expect(try a.isDisjoint(with: b) == disjoint, "\(ta) ∩ \(tb)")
            #expect(a.isAlwaysTrue == va.allSatisfy { $0 }, "\(ta)")
            #expect(a.isAlwaysFalse == va.allSatisfy { !$0 }, "\(ta)")
            // Every "no" comes with an environment that shows it.
            if !(try a.implies(b)) {
                let env = try #require(try a.and(b.negated()).witness(true))
                #expect(reference(ma, env) == .value(true) && reference(mb, env) == .value(false))
            }
            if !(try a.isDisjoint(with: b)) {
                let both = (try? algebra.render(a.and(b))) ?? "?"
                let env = try #require(try a.and(b).witness(true), "\(ta) ∩ \(tb): \(both)")
                #expect(reference(ma, env) == .value(true) && reference(mb, env) == .value(true))
            }
        }
    }

    /// Witnesses over all the atom shapes: each one, evaluated by `Marker.evaluate`, gives the
    /// promised value.
    @Test func witnessesShowWhatTheyClaim() throws {
        var rng = SplitMix(seed: 32)
        let atoms = syntheticAtoms + corpusAtoms()
        let algebra = MarkerAlgebra()
        var shown = 0
        for _ in 0..<150 {
            let text = randomMarker(atoms, &rng, depth: 2)
            let marker = try Marker(parsing: text)
            let condition = try algebra.condition(marker)
            for value in [true, false] {
                guard let env = try condition.witness(value) else { continue }
                #expect(reference(marker, env) == .value(value), "\(text) \(value) in \(describe(env))")
                shown += 1
            }
            if condition.isAlwaysFalse { #expect(try condition.witness(true) == nil) }
            if condition.isAlwaysTrue { #expect(try condition.witness(false) == nil) }
        }
        #expect(shown > 150)
    }

    /// Without opaque comparisons, a condition that is not always false has a witness.
    @Test func satisfiableConditionsHaveWitnesses() throws {
        var rng = SplitMix(seed: 33)
        let algebra = MarkerAlgebra()
        for _ in 0..<200 {
            let condition = try algebra.condition(parsing: randomMarker(Self.atoms, &rng, depth: 2))
            if !condition.isNeverTrue { #expect(try condition.witness(true) != nil) }
            if !condition.isAlwaysTrue { #expect(try condition.witness(false) != nil) }
        }
    }

    @Test func extraIsOneStringOrASet() throws {
        let single = MarkerAlgebra()
        let both = #"extra == "a" and extra == "b""#
        #expect(try single.condition(parsing: both).isAlwaysFalse)
        let set = MarkerAlgebra(options: .init(extra: .set))
        let condition = try set.condition(parsing: both)
        #expect(!condition.isAlwaysFalse)
        let env = try #require(try condition.witness(true))
        #expect(env["extra"] == .set(["a", "b"]))
        #expect(try set.render(condition) == #"extra == "a" and extra == "b""#)
    }

    @Test func lockFileContextMakesExtraRaise() throws {
        let algebra = MarkerAlgebra(options: .init(context: .lockFile))
        let condition = try algebra.condition(parsing: #"extra == "a" or sys_platform == "linux""#)
        #expect(condition.alwaysRaises)
        #expect(try !algebra.condition(parsing: #""a" in extras"#).canRaise)
    }
}
