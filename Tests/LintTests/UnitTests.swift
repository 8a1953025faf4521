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

    struct NameCase: Sendable {
        var name: String
        var valid: Bool
        var normalized: String
    }

    @Test(arguments: [
        NameCase(name: "Foo.Bar__baz", valid: true, normalized: "foo-bar-baz"),
        NameCase(name: "-x", valid: false, normalized: "-x"),
        NameCase(name: "a", valid: true, normalized: "a"),
        NameCase(name: "", valid: false, normalized: ""),
        NameCase(name: "é", valid: false, normalized: "é"),
    ])
    func names(_ c: NameCase) {
        #expect(PackageName.isValid(c.name) == c.valid)
        #expect(PackageName.normalized(c.name) == c.normalized)
    }

    struct MarkerCase: Sendable {
        var requirement: String
        var comparisons: [String]
    }

    @Test(arguments: [
        MarkerCase(requirement: "a; os.name == 'nt' and (python_version < \"3.8\" or extra == 'x')",
                   comparisons: ["os.name == nt", "python_version < 3.8", "extra == x"]),
        MarkerCase(requirement: "a @ https://x/a;b.whl ; 'x' not in extras", comparisons: ["x not in extras"]),
        MarkerCase(requirement: "a>=1", comparisons: []),
        MarkerCase(requirement: "a; os_name ==", comparisons: []),
    ])
    func markerScanner(_ c: MarkerCase) {
        let found = MarkerScanner.marker(ofRequirement: c.requirement)?.comparisons.map { comparison in
            func text(_ operand: MarkerComparison.Operand) -> String {
                switch operand { case .variable(let v), .literal(let v): v }
            }
            return "\(text(comparison.lhs)) \(comparison.op) \(text(comparison.rhs))"
        } ?? []
        #expect(found == c.comparisons)
    }

    @Test(arguments: [(">=2,<1", true), ("==1.0,!=1.0", true), (">=1.0,<1.0.1", false), ("~=1.4.5,>=1.4.9", false),
                      (">1.0,<1.0.post1", true), ("==1.*,>=1.9", false), ("<0", true)])
    func unsatisfiable(_ specifiers: String, _ expected: Bool) {
        #expect(VersionCandidates.isUnsatisfiable(specifiers) == expected)
    }
}
