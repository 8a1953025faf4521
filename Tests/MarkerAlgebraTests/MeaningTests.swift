import PEP440
import PEP508
import Testing

@testable import MarkerAlgebra

@Suite("What comparisons and markers mean")
struct MeaningTests {
    /// Every specifier's version set against `Specifier.contains(_:prereleases: true)`.
    @Test func specifierSetsAgreeWithContains() throws {
        let ops = ["==", "!=", "<", "<=", ">", ">=", "~="]
        let literals = tricky + ["3.*", "3.9.*", "1!3.*", "0.*"]
        var checked = 0
        for op in ops {
            for literal in literals {
                guard let specifier = Specifier(op + literal), let set = VersionSet(specifier) else { continue }
                for text in tricky {
                    let v = Version(text)!
                    #expect(set.contains(v) == specifier.contains(v, prereleases: true), "\(op)\(literal) on \(text)")
                    checked += 1
                }
            }
        }
        #expect(checked > 5000)
    }

    /// Each comparison on its own, in many environments.
    @Test func everyComparisonMeansWhatItEvaluatesTo() throws {
        var rng = SplitMix(seed: 1)
        let atoms = syntheticAtoms + corpusAtoms()
        var checked = 0
        for text in atoms {
            let marker = try Marker(parsing: text)
            let algebra = MarkerAlgebra()
            let condition = try algebra.condition(marker)
            for _ in 0..<10 {
                let env = randomEnvironment(&rng)
                let expected = reference(marker, env)
                let actual = algebra.evaluate(condition, in: env)
                #expect(actual == expected, "\(text) in \(describe(env))")
                checked += 1
            }
        }
        #expect(checked > 8000)
    }

    /// Random `and`/`or` trees: the diagram evaluates like the marker, errors included.
    @Test(arguments: [MarkerAlgebra.Options.Extra.single, .set])
    func randomMarkersMeanWhatTheyEvaluateTo(extra: MarkerAlgebra.Options.Extra) throws {
        var rng = SplitMix(seed: extra == .single ? 2 : 3)
        let atoms = syntheticAtoms + corpusAtoms()
        let algebra = MarkerAlgebra(options: .init(extra: extra))
        for _ in 0..<250 {
            let text = randomMarker(atoms, &rng)
            let marker = try Marker(parsing: text)
            let condition = try algebra.condition(marker)
            for _ in 0..<12 {
                var env = randomEnvironment(&rng)
                if extra == .set, rng.next() % 2 == 0 { env["extra"] = .set(["test", "dev"]) }
                #expect(algebra.evaluate(condition, in: env) == reference(marker, env), "\(text) in \(describe(env))")
            }
        }
    }
}
