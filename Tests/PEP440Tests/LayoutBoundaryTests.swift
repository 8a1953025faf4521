import Testing

@testable import PEP440

// `Version` keeps the common version inline and spills the rest (more than four release
// numbers, numbers past the inline width). These cases sit on both sides of those limits,
// so that ordering, equality, hashing and matching are checked across representations.
// Expected values were produced by pypa/packaging 26.3.

struct BoundaryOrderCase: CustomTestStringConvertible, Sendable {
    let lower: String
    let higher: String
    init(_ lower: String, _ higher: String) {
        self.lower = lower
        self.higher = higher
    }
    var testDescription: String { "\(lower) < \(higher)" }
}

let boundaryOrderCases: [BoundaryOrderCase] = [
    .init("1.post4294967294", "1.post4294967295"),
    .init("1.post4294967295", "1.post18446744073709551616"),
    .init("1.dev4294967294", "1.dev4294967295"),
    .init("1.dev4294967295", "1"),
    .init("4294967294!1", "4294967295!1"),
    .init("1a4294967294", "1a4294967295"),
    .init("1a4294967295", "1b0"),
    .init("18446744073709551615", "18446744073709551616"),
    // Nineteen digits are read without overflow checks; longer runs are checked.
    .init("9999999999999999999", "10000000000000000000"),
    .init("1.9999999999999999999", "1.10000000000000000000"),
    .init("1.000000000000000000000000002", "1.3"),
    .init("1.2.3.4", "1.2.3.4.0.1"),
    .init("1.2.3.4.5", "1.2.3.5"),
    .init("1.0.0.0.0.dev1", "1"),
    .init("1.2.3.4.5+a", "1.2.3.4.5+1"),
    .init("1.0.post4294967295.dev4294967295", "1.0.post4294967295"),
    .init("1.2.3.4.5", "1.2.3.4.5.post0"),
    .init("1.2.3.4.5rc1", "1.2.3.4.5"),
]

struct BoundaryContainsCase: CustomTestStringConvertible, Sendable {
    let specifier: String
    let version: String
    let contained: Bool
    init(_ specifier: String, _ version: String, _ contained: Bool) {
        self.specifier = specifier
        self.version = version
        self.contained = contained
    }
    var testDescription: String { "\(specifier) ∋ \(version)" }
}

let boundaryContainsCases: [BoundaryContainsCase] = [
    .init("<1.0.0.0.0", "0.9", true),
    .init("<1.0.0.0.0", "1.0.0.0.0.dev1", false),
    .init("<1.0.0.0.0", "1.dev0", false),
    .init(">1.0.0.0.0", "1.post1", false),
    .init(">1.0.0.0.0", "1.0.0.0.1", true),
    .init("==1.0.0.0.0.*", "1.0.0.0.0.7", true),
    .init("==1.0.0.0.0.*", "1.0.0.0.1", false),
    .init("~=1.0.0.0.0", "1.0.0.0.5", true),
    .init("~=1.0.0.0.0", "1.0.0.1", false),
    .init("<=1.2.3.4.5", "1.2.3.4.5+x", true),
    .init("==1.post4294967295", "1.0.post4294967295", true),
    .init("!=4294967295!1.*", "4294967295!1.2", false),
    .init("<1.post4294967295", "1.post4294967295.dev0", false),
    .init(">1.dev4294967295", "1.dev4294967295+l", false),
    .init("==1.2.3.4.5+Loc", "1.2.3.4.5+loc", true),
    .init("<2", "2.dev4294967296", false),
    .init(">=1a4294967296", "1a4294967297", true),
]

@Suite struct LayoutBoundaryTests {
    @Test(arguments: boundaryOrderCases)
    func ordersAcrossRepresentations(_ c: BoundaryOrderCase) throws {
        let a = try Version(parsing: c.lower)
        let b = try Version(parsing: c.higher)
        #expect(a < b)
        #expect(!(b < a))
        #expect(a != b)
    }

    @Test(arguments: [
        ("1", "1.0.0.0.0"), ("1.2.3.4", "1.2.3.4.0.0"), ("1.post4294967294", "1.0.0.0.0.post4294967294"),
        ("1+abc", "1.0.0.0.0+ABC"), ("0!1", "00!1.0.0.0.0.0"),
    ])
    func inlineAndSpilledEqualVersionsHashAlike(_ pair: (String, String)) throws {
        let a = try Version(parsing: pair.0)
        let b = try Version(parsing: pair.1)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
    }

    @Test(arguments: [
        "1.2.3.4.5", "4294967295!1.post4294967295.dev4294967295", "1a4294967295", "1.0.0.0.0.0+x.1",
        "18446744073709551616.1rc2", "1.2.3.4+local.7",
    ])
    func accessorsSurviveSpilling(_ text: String) throws {
        let v = try Version(parsing: text)
        #expect(v.description == text)
        let rebuilt = try Version(parsing: v.description)
        #expect(rebuilt == v)
        #expect(v.releaseCount == v.release.count)
        #expect(v.publicVersion.localSegments == nil)
        #expect(v.publicVersion.release == v.release)
        #expect(v.baseVersion.pre == nil && v.baseVersion.post == nil && v.baseVersion.dev == nil)
        #expect(v.baseVersion.release == v.release)
        #expect(v.isPrerelease == (v.pre != nil || v.dev != nil))
    }

    @Test(arguments: boundaryContainsCases)
    func matchesAcrossRepresentations(_ c: BoundaryContainsCase) throws {
        let spec = try Specifier(parsing: c.specifier)
        let version = try Version(parsing: c.version)
        #expect(spec.contains(version, prereleases: true) == c.contained)
        #expect(try SpecifierSet(parsing: c.specifier).contains(version, prereleases: true) == c.contained)
    }
}
