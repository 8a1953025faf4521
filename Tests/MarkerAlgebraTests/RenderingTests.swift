import PEP440
import PEP508
import Testing

@testable import MarkerAlgebra

/// The number of comparisons in marker text.
func comparisons(_ text: String) -> Int {
    guard !text.isEmpty, let marker = try? Marker(parsing: text) else { return 0 }
    return MarkerAlgebra.comparisons(marker.tree)
}

/// The lock-file markers of the benchmark corpus (committed in the repository).
func lockMarkers() -> [String] {
    let path = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    guard let text = try? String(contentsOfFile: "/" + path + "/Scripts/bench-algebra-lock-markers.txt", encoding: .utf8) else { return [] }
    return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
}

@Suite("Writing conditions back as markers")
struct RenderingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var output: String
        var testDescription: String { input }
    }

    @Test(arguments: [
        Case(input: #"python_version >= "3.9" and python_version < "3.12""#, output: #"python_version >= "3.9" and python_version < "3.12""#),
        // python_version is the full version's first two numbers: `>= "3.9"` admits 3.9.0rc1.
        Case(input: #"python_version >= "3.9" and python_full_version >= "3.9""#, output: #"python_full_version >= "3.9""#),
        Case(input: #"python_full_version < "3.9""#, output: #"python_version < "3.9""#),
        Case(input: #"python_full_version == "3.9.*" or python_full_version == "3.10.*""#, output: #"python_version >= "3.9" and python_version < "3.11""#),
        Case(input: #"python_version != "3.10" and python_version != "3.11""#, output: #"python_version < "3.10" or python_version >= "3.12""#),
        Case(input: #"python_version >= "3.8" and python_version != "3.10""#, output: #"python_version >= "3.8" and python_version != "3.10""#),
        Case(input: #"(python_version < "3.11" and sys_platform == "linux") or (python_version < "3.11" and sys_platform == "darwin")"#,
             output: #"python_version < "3.11" and (sys_platform == "darwin" or sys_platform == "linux")"#),
        Case(input: #"(platform_machine == 'aarch64' and sys_platform == 'linux') or (platform_machine == 'x86_64' and sys_platform == 'linux') or sys_platform == 'darwin'"#,
             output: #"sys_platform == "darwin" or (sys_platform == "linux" and (platform_machine == "aarch64" or platform_machine == "x86_64"))"#),
        Case(input: #"python_version < "3.9" or (python_version >= "3.9" and sys_platform != "win32")"#, output: #"python_version < "3.9" or sys_platform != "win32""#),
        Case(input: #"python_version < "3.9" or python_version >= "3.9""#, output: ""),
        // Pre-releases of 3.9 are in neither.
        Case(input: #"python_full_version < "3.9" or python_full_version >= "3.9""#, output: #"python_version < "3.9" or python_full_version >= "3.9""#),
        Case(input: #"extra == "a" and extra == "b""#, output: #"python_version < "0""#),
        Case(input: #"python_version in "2.6 2.7 3.2 3.3""#, output: #"python_version < "0""#),
        Case(input: #"sys_platform in "linux darwin" and sys_platform == "win32""#, output: #"python_version < "0""#),
        Case(input: #"sys_platform not in "linux""#, output: #"sys_platform not in "linux""#),
        Case(input: #"extra == "Test_Extra""#, output: #"extra == "test-extra""#),
        // Every substring of "s" but no `extra in "s"`: `in` on `extra` is false (SPEC.md §2.5).
        // The algebra fuzz target's soak found it written so.
        Case(input: #"extra == "test" or extra == "" or extra == "s""#, output: #"extra == "" or extra == "s" or extra == "test""#),
        Case(input: #"extra != "t" and extra != "" and extra != "s""#, output: #"extra != "" and extra != "s" and extra != "t""#),
        Case(input: #"sys_platform == "t" or sys_platform == "" or sys_platform == "s""#, output: #"sys_platform in "s" or sys_platform in "t""#),
        Case(input: #""Dev" in extras and "dev" not in extras"#, output: #"python_version < "0""#),
        Case(input: #"platform_release >= "5" or platform_release < "5""#, output: #"platform_release < "5" or platform_release >= "5""#),
        Case(input: #"platform_release ~= "5.0""#, output: #"platform_release ~= "5.0""#),
        Case(input: #"platform_release ~= "5.0" and platform_release < "5""#, output: #"python_version < "0" and (platform_release ~= "0.0.dev0" or platform_release >= "1.dev0")"#),
        Case(input: #"sys_platform ~= "linux" or python_version >= "3""#, output: #"python_version ~= "0""#),
        Case(input: #"python_full_version >= "3.9.0" and python_full_version < "3.10.0""#, output: #"python_full_version >= "3.9" and python_version < "3.10""#),
    ])
    func examples(_ c: Case) throws {
        let algebra = MarkerAlgebra()
        let condition = try algebra.condition(parsing: c.input)
        #expect(try algebra.render(condition) == c.output)
        // Read back, it means the same and writes the same.
        let back = try algebra.condition(parsing: c.output)
        #expect(back == condition)
        #expect(try algebra.render(back) == c.output)
    }

    /// The false marker is false, the raising one raises, in every environment.
    @Test func falseAndRaisingMarkersAreWhatTheySay() throws {
        var rng = SplitMix(seed: 11)
        let falseMarker = try Marker(parsing: Formula.falseText)
        let raising = try Marker(parsing: Formula.raisingText)
        for _ in 0..<300 {
            let env = randomEnvironment(&rng)
            #expect(reference(falseMarker, env) == .value(false))
            #expect(reference(raising, env) == .raises)
        }
    }

    @Test func notExpressibleComplementsAreErrors() throws {
        let algebra = MarkerAlgebra()
        let greater = try algebra.condition(parsing: #"python_full_version > "3.9""#)
        #expect(try algebra.render(greater) == #"python_full_version > "3.9""#)
        #expect(throws: AlgebraError.self) { try algebra.render(greater.negated()) }
        let error = try #require(throws: AlgebraError.self) { try algebra.render(greater.negated()) }
        #expect(error.kind == .notExpressible)
    }

    /// Random markers: reading the text back gives the same condition; another algebra writes
    /// the same text; a second rendering changes nothing.
    @Test func renderingIsCanonicalAndRoundTrips() throws {
        var rng = SplitMix(seed: 7)
        let atoms = syntheticAtoms + corpusAtoms()
        let algebra = MarkerAlgebra()
        var written = 0
        for _ in 0..<300 {
            let text = randomMarker(atoms, &rng)
            let condition = try algebra.condition(parsing: text)
            guard let out = try? algebra.render(condition) else { continue }
            written += 1
            #expect(try algebra.condition(parsing: out) == condition, "\(text) → \(out)")
            let fresh = MarkerAlgebra()
            #expect(try fresh.render(fresh.condition(parsing: text)) == out, "\(text)")
            #expect(try fresh.render(fresh.condition(parsing: out)) == out, "\(out)")
            // The marker as written evaluates like the input (and the evaluator agrees).
            let original = try Marker(parsing: text)
            let rewritten = out.isEmpty ? nil : try Marker(parsing: out)
            for _ in 0..<6 {
                let env = randomEnvironment(&rng)
                #expect(reference(original, env) == (rewritten.map { reference($0, env) } ?? .value(true)), "\(text) → \(out) in \(describe(env))")
            }
        }
        #expect(written > 250)
    }

    /// `simplify` never writes more than two comparisons beyond its input.
    @Test func simplifyIsNeverMuchLonger() throws {
        var rng = SplitMix(seed: 8)
        let atoms = syntheticAtoms + corpusAtoms()
        let algebra = MarkerAlgebra()
        var inputs = lockMarkers() + corpusMarkers().map(\.description)
        for _ in 0..<200 { inputs.append(randomMarker(atoms, &rng)) }
        for text in inputs {
            let marker = try Marker(parsing: text)
            let simplified = try algebra.simplify(marker)
            let out = simplified?.description ?? ""
            #expect(comparisons(out) <= comparisons(text) + 2, "\(text) → \(out)")
            #expect(try algebra.condition(parsing: out) == algebra.condition(marker))
            // Idempotent as text.
            if let simplified { #expect(try algebra.simplify(simplified)?.description ?? "" == out) }
        }
    }

    /// `simplifiedText` is the text of `simplify`'s answer (which reads that text back), with
    /// and without requires-python, on real markers and random ones.
    @Test func simplifiedTextIsTheTextOfSimplify() throws {
        var rng = SplitMix(seed: 9)
        let atoms = syntheticAtoms + corpusAtoms()
        let algebra = MarkerAlgebra()
        let range = try SpecifierSet(parsing: ">=3.8")
        var inputs = lockMarkers() + corpusMarkers().map(\.description)
        for _ in 0..<300 { inputs.append(randomMarker(atoms, &rng)) }
        for text in inputs {
            let marker = try Marker(parsing: text)
            #expect(try algebra.simplifiedText(marker) == (algebra.simplify(marker)?.description ?? ""), "\(text)")
            #expect(
                try algebra.simplifiedText(marker, requiresPython: range) == (algebra.simplify(marker, requiresPython: range)?.description ?? ""),
                "\(text) under >=3.8")
        }
        #expect(inputs.count >= 300)
    }

    /// Real lock-file markers and the corpus: the canonical text itself is never longer than
    /// the input by more than two comparisons, and most are shorter or equal.
    @Test func realMarkersRenderCompactly() throws {
        let algebra = MarkerAlgebra()
        var texts = lockMarkers()
        texts += corpusMarkers().map(\.description)
        #expect(texts.count > 150)
        var inputSize = 0, outputSize = 0
        for text in texts {
            let out = try algebra.render(algebra.condition(parsing: text))
            #expect(comparisons(out) <= comparisons(text) + 2, "\(text) → \(out)")
            inputSize += comparisons(text)
            outputSize += comparisons(out)
        }
        #expect(outputSize <= inputSize)
    }
}

/// Sets of strings written with `variable in "literal"`: which members are closed under
/// substrings, found without enumerating every substring (the fuzzer's `protocol` target
/// found a `marker.simplify` of two 40-character `in` literals taking seconds that way).
@Suite("Substring sets")
struct SubstringSetTests {
    /// What `LabelWriter.substringClosed` answers, by definition: a member is whole when all
    /// of its substrings are members, maximal when whole and inside no other whole member.
    /// (Strings here have no combining marks, so `String`'s canonical equivalence and
    /// `contains` agree with comparing code points.)
    static func bruteForce(_ members: [String]) -> (whole: Set<String>, maximal: Set<String>) {
        let set = Set(members)
        let whole = Set(members.filter { Set(MarkerAlgebra.substrings($0).map(\.text)).isSubset(of: set) })
        // (`String.contains("")` is false: the empty member is inside every other one.)
        return (whole, whole.filter { w in !whole.contains { $0 != w && (w.isEmpty || $0.contains(w)) } })
    }

    /// Members are compared by their code points, not by canonical equivalence: with the
    /// precomposed `"á"` a member but not `"a\u{301}"`, `"xa\u{301}"` is not whole.
    @Test func membersAreComparedByCodePoints() {
        let members = ["", "x", "a", "\u{301}", "xa", "\u{E1}", "xa\u{301}"]
        let found = MarkerAlgebra.substringClosed(members)
        #expect(!found.whole.contains(Array("xa\u{301}".utf8)))
        #expect(Set(found.maximal) == ["xa", "\u{E1}", "\u{301}"])
    }

    @Test func wholeAndMaximalMembersAgreeWithTheDefinition() {
        var rng = SplitMix(seed: 0x5b57)
        let alphabet: [String] = ["a", "b", "c", "\u{E9}", "\u{1D538}"]
        for _ in 0..<400 {
            var members: Set<String> = [""]
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                let length = Int.random(in: 1...7, using: &rng)
                let text = (0..<length).map { _ in alphabet.randomElement(using: &rng)! }.joined()
                // Often every substring of a text, sometimes only some of them.
                if Bool.random(using: &rng) {
                    members.formUnion(MarkerAlgebra.substrings(text).map(\.text))
                } else {
                    members.formUnion(MarkerAlgebra.substrings(text).map(\.text).filter { _ in Int.random(in: 0..<4, using: &rng) > 0 })
                }
            }
            let found = MarkerAlgebra.substringClosed(Array(members))
            let expected = Self.bruteForce(Array(members))
            #expect(found.whole == Set(expected.whole.map { Array($0.utf8) }), "\(members.sorted())")
            #expect(Set(found.maximal) == expected.maximal, "\(members.sorted())")
            #expect(found.maximal.count == Set(found.maximal).count)
        }
    }

    /// Substrings are told apart by their code points: `"a\u{301}"` and `"\u{E1}"` (the same
    /// text under canonical equivalence) are both substrings of `"a\u{301}\u{E1}"`, as Python's
    /// `in` says. A `Set<String>` of substrings kept only one of them.
    @Test func substringsAreToldApartByCodePoints() throws {
        let literal = "a\u{301}\u{E1}"
        #expect(MarkerAlgebra.substrings(literal).count == 7)
        let algebra = MarkerAlgebra()
        let inLiteral = try algebra.condition(parsing: "sys_platform in \"\(literal)\"")
        for value in ["", "a", "\u{301}", "\u{E1}", "a\u{301}", "\u{301}\u{E1}", literal] {
            let equal = try algebra.condition(parsing: "sys_platform == \"\(value)\"")
            #expect(try equal.implies(inLiteral), "\(value.unicodeScalars.map(\.value))")
        }
        #expect(try !algebra.condition(parsing: #"sys_platform == "\#u{E1}\#u{E1}""#).implies(inLiteral))
    }

    /// `in` literals of up to `substringExpansionLimit` code points are sets of substrings;
    /// a longer one is an opaque comparison: exact, related to no other comparison, and
    /// adding no strings to the algebra (one of 48 characters used to add 1,177).
    @Test func longInLiteralsStayOpaque() throws {
        let limit = MarkerAlgebra.substringExpansionLimit
        #expect(limit == 24)
        let within = String(repeating: "ab", count: limit / 2)
        let beyond = within + "c"
        let algebra = MarkerAlgebra()
        let member = try algebra.condition(parsing: #"sys_platform == "ba""#)
        #expect(try member.implies(algebra.condition(parsing: "sys_platform in \"\(within)\"")))
        let strings = algebra.stringLabels.elements.count
        let opaque = try algebra.condition(parsing: "sys_platform in \"\(beyond)\"")
        #expect(algebra.stringLabels.elements.count == strings)
        #expect(try !member.implies(opaque))
        #expect(try algebra.render(opaque) == "sys_platform in \"\(beyond)\"")
        #expect(try algebra.render(opaque.negated()) == "sys_platform not in \"\(beyond)\"")
    }

    /// Literals at the limit go through the sets of substrings (and `substringClosed`) and
    /// come back as `in` comparisons of the same meaning; longer ones are opaque and come
    /// back as written. (The `protocol` fuzz target's soak found such a pair of 45-character
    /// literals taking seconds when every substring of every member was enumerated.)
    @Test func longSubstringLiteralsAreWrittenBackExactly() throws {
        let algebra = MarkerAlgebra()
        let a = "arwtlatform0.5E-3sei,n:d", b = "rwtlatform_releasei,n:ar"
        #expect(a.count == MarkerAlgebra.substringExpansionLimit && b.count == a.count)
        for connective in ["and", "or"] {
            for negation in ["", "not "] {
                let input = "python_full_version < '6.13' and platform_machine == ')f0.5E-363' and (sys_platform in '\(a)' \(connective) sys_platform \(negation)in '\(b)')"
                let condition = try algebra.condition(parsing: input)
                let written = try algebra.render(condition)
                #expect(try algebra.condition(parsing: written) == condition, "\(written)")
                let simplified = try algebra.simplifiedText(Marker(parsing: input))
                #expect(try algebra.condition(parsing: simplified) == condition, "\(simplified)")
                #expect(comparisons(simplified) <= comparisons(input) + 2, "\(simplified)")
                // A union of two sets of substrings is one: written with `in`.
                if connective == "or" && negation.isEmpty {
                    #expect(written.contains("sys_platform in \"\(a)\" or sys_platform in \"\(b)\""), "\(written)")
                }
            }
        }

        let long = "arwtlatform0.5E-3sei,n:darwtlatform_rele5E-363"
        let longer = "arwtlatform_releasei,n:atform_releasei,darwtlatform_releasei,n:"
        let input = "python_full_version < '6.13' and platform_machine == ')f0.5E-363' and sys_platform in '\(long)' and sys_platform in '\(longer)'"
        let simplified = try #require(try algebra.simplify(Marker(parsing: input)))
        #expect(simplified.description == #"python_version < "6.13" and platform_machine == ")f0.5E-363" and sys_platform in "\#(long)" and sys_platform in "\#(longer)""#)
        let sets = "sys_platform in 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST' and sys_platform not in 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ'"
        let written = try #require(try algebra.simplify(Marker(parsing: sets)))
        #expect(written.description == #"sys_platform not in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ" and sys_platform in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRST""#)
    }
}
