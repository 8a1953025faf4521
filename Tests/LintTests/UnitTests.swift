import Diagnostics
import PEP508
import PEP440
import Testing
@testable import Lint

@Suite struct UnitTests {
    struct SelectCase: Sendable {
        var select: [String]?
        var ignore: [String]
        var code: String
        var enabled: Bool
    }

    @Test(arguments: [
        SelectCase(select: nil, ignore: [], code: "PC101", enabled: true),
        SelectCase(select: ["PC1"], ignore: [], code: "PC201", enabled: false),
        SelectCase(select: ["PC3"], ignore: ["PC"], code: "PC301", enabled: true),
        SelectCase(select: nil, ignore: ["PC30"], code: "PC306", enabled: false),
        SelectCase(select: ["PC306"], ignore: ["PC3"], code: "PC306", enabled: true),
    ])
    func selection(_ c: SelectCase) {
        #expect(Configuration(select: c.select, ignore: c.ignore).isEnabled(c.code) == c.enabled)
    }

    struct MarkerCase: Sendable {
        var requirement: String
        /// The comparisons as written in the requirement (from their spans).
        var comparisons: [String]
        /// The marker as written (``MarkerLocation``), and each top-level term with its parentheses.
        var marker: String?
        var terms: [String]
    }

    @Test(arguments: [
        MarkerCase(requirement: "a; os.name == 'nt' and (python_version < \"3.8\" or extra == 'x')",
                   comparisons: ["os.name == 'nt'", "python_version < \"3.8\"", "extra == 'x'"],
                   marker: "os.name == 'nt' and (python_version < \"3.8\" or extra == 'x')",
                   terms: ["os.name == 'nt'", "(python_version < \"3.8\" or extra == 'x')"]),
        MarkerCase(requirement: "a ; python_version >= '3.8' or os_name == 'nt' and python_version < '3' ",
                   comparisons: ["python_version >= '3.8'", "os_name == 'nt'", "python_version < '3'"],
                   marker: "python_version >= '3.8' or os_name == 'nt' and python_version < '3'",
                   terms: ["python_version >= '3.8'", "os_name == 'nt'", "python_version < '3'"]),
        MarkerCase(requirement: "a @ https://example.com/a;b.whl ;( ( python_version < '3' ) )",
                   comparisons: ["python_version < '3'"], marker: "( ( python_version < '3' ) )",
                   terms: ["( ( python_version < '3' ) )"]),
        MarkerCase(requirement: "a>=1", comparisons: [], marker: nil, terms: []),
    ])
    func markerComparisons(_ c: MarkerCase) throws {
        let entry = try #require(PyProject(source: SourceFile(path: "t", bytes: Array(
            "[project]\ndependencies = [\"\"\"\(c.requirement)\"\"\"]\n".utf8))).project?.dependencies.first)
        let comparisons = entry.marker?.comparisons ?? []
        let scalars = entry.scalars
        #expect(comparisons.map { String(String.UnicodeScalarView(scalars[$0.span.start..<$0.span.end])) } == c.comparisons)
        let location = MarkerLocation(entry)
        #expect(location.map { $0.text($0.start..<$0.end) } == c.marker)
        if let location, case .group(let terms, _)? = entry.marker {
            #expect(terms.map { location.text(location.extent($0)) } == c.terms)
        }
    }

    @Test func suggestedVariablesAreKnownToPEP508() {
        for name in UnknownMarkerVariableRule.suggestions {
            #expect(MarkerVariables.standard.type(of: name) != nil, "\(name)")
        }
    }

    @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("libxmll2", "libxml2", 1), ("same", "same", 0)])
    func editDistance(_ a: String, _ b: String, _ distance: Int) {
        #expect(Suggestion.editDistance(a, b) == distance)
    }

    @Test func nearestSuggestion() {
        #expect(Suggestion.nearest(to: "python_versions", in: UnknownMarkerVariableRule.suggestions) == "python_version")
        #expect(Suggestion.nearest(to: "zzz", in: ["python_version"]) == nil)
    }

    @Test(arguments: [(">=2,<1", true), ("==1.0,!=1.0", true), (">=1.0,<1.0.1", false), ("~=1.4.5,>=1.4.9", false),
                      (">1.0,<1.0.post1", true), ("==1.*,>=1.9", false), ("<0", true)])
    func unsatisfiable(_ specifiers: String, _ expected: Bool) {
        #expect(VersionCandidates.isUnsatisfiable(specifiers) == expected)
    }

    /// The shortcut PC302 takes before making witnesses: shown overlaps are real ones (the
    /// witnesses agree), and pairs it cannot show are left to the witnesses.
    @Test(arguments: [
        (">=2", ">1,!=3", true, true), (">=1.2", "<2", true, true), ("==1.*", ">=1.9", true, true), ("~=1.4", "<1.5", true, true),
        (">=2", "<1", false, false), ("==1.0", "==2.0", false, false), (">1.0", "<1.0.post1,>=1.0", false, false),
        // Overlapping, but only at versions neither names: the witnesses find one.
        (">1.0,<2", ">1.0,<1.5,!=1.4", false, true),
    ])
    func surelyOverlap(_ a: String, _ b: String, _ shown: Bool, _ overlapping: Bool) throws {
        let left = try SpecifierSet(parsing: a), right = try SpecifierSet(parsing: b)
        #expect(VersionCandidates.surelyOverlap(left, right) == shown)
        #expect(VersionCandidates.surelyOverlap(right, left) == shown)
        let witnesses = try #require(VersionCandidates.satisfyingWitnesses(left))
        let others = try #require(VersionCandidates.satisfyingWitnesses(right))
        #expect(VersionCandidates.overlap(left, witnesses, right, others) == overlapping)
    }
}
