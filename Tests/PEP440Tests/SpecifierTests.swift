import Testing

@testable import PEP440

/// `contains` with `prereleases` nil, true and false; expected values from packaging 26.3
/// (`Specifier` and `SpecifierSet` agree on every row).
struct ContainsCase: CustomTestStringConvertible, Sendable {
    let spec: String, version: String
    let whenNil: Bool, whenTrue: Bool, whenFalse: Bool
    init(_ spec: String, _ version: String, _ whenNil: Bool, _ whenTrue: Bool, _ whenFalse: Bool) {
        (self.spec, self.version, self.whenNil, self.whenTrue, self.whenFalse) = (spec, version, whenNil, whenTrue, whenFalse)
    }
    var testDescription: String { "\(spec) ∋ \(version)" }
}

let containsCases: [ContainsCase] = [
    .init(">=1.0", "1.0", true, true, true),
    .init(">=1.0", "0.9", false, false, false),
    .init(">=1.0", "1.0.dev0", false, false, false),
    .init(">=1.0", "1.1a1", true, true, false),
    .init(">=1.0", "1.0+local", true, true, true),
    .init("<=1.0", "1.0+local", true, true, true),
    .init("<=1.0", "1.0.post1", false, false, false),
    .init("<=1.0", "1.0a1", true, true, false),
    .init(">1.7", "1.7.1", true, true, true),
    .init(">1.7", "1.7.0.post1", false, false, false),
    .init(">1.7", "1.7+local", false, false, false),
    .init(">1.7", "1.8.dev0", true, true, false),
    .init(">1.7.post2", "1.7.0.post3", true, true, true),
    .init(">1.7.post2", "1.7.1", true, true, true),
    .init(">1.7.post2", "1.7.0", false, false, false),
    .init(">1.7.post2", "1.7.post2+local", false, false, false),
    .init(">1.0.dev1", "1.0.dev1+l", false, false, false),
    .init(">1.0.dev1", "1.0.dev2", true, true, false),
    .init(">1.0a1", "1.0a1.post1", false, false, false),
    .init(">1.0a1", "1.0a2", true, true, false),
    .init(">1.0", "1!0.1", true, true, true),
    .init("<1.7", "1.7a1", false, false, false),
    .init("<1.7", "1.7.dev0", false, false, false),
    .init("<1.7", "1.6.9", true, true, true),
    .init("<1.7", "1.6+local", true, true, true),
    .init("<1.7rc1", "1.7b1", true, true, false),
    .init("<1.7rc1", "1.7rc1.dev1", true, true, false),
    .init("<1.7.post1", "1.7.post1.dev0", false, false, false),
    .init("<1.7.post1", "1.7.post0", true, true, true),
    .init("<1.7.post1", "1.7", true, true, true),
    .init("==1.0", "1.0.0", true, true, true),
    .init("==1.0", "1.0+local", true, true, true),
    .init("==1.0+local", "1.0", false, false, false),
    .init("==1.0+local", "1.0+LOCAL", true, true, true),
    .init("==1.0+local", "1.0+other", false, false, false),
    .init("==1.0", "1.0.post1", false, false, false),
    .init("==1.0", "1.0a1", false, false, false),
    .init("==1.1.*", "1.1.post1", true, true, true),
    .init("==1.1.*", "1.1a1", true, true, false),
    .init("==1.1.*", "1.10", false, false, false),
    .init("==1.1.*", "1", false, false, false),
    .init("==1.0.0.*", "1", true, true, true),
    .init("==1.1.*", "1.2.dev0", false, false, false),
    .init("==1!1.*", "1.5", false, false, false),
    .init("==1!1.*", "1!1.5", true, true, true),
    .init("!=1.1", "1.1.post1", true, true, true),
    .init("!=1.1.post1", "1.1.post1", false, false, false),
    .init("!=1.1.*", "1.1.post1", false, false, false),
    .init("!=1.0", "1.0+local", false, false, false),
    .init("!=1.0", "2.0a1", true, true, false),
    .init("~=2.2", "2.3", true, true, true),
    .init("~=2.2", "3.0", false, false, false),
    .init("~=2.2", "2.2.dev0", false, false, false),
    .init("~=2.2", "3.0.dev0", false, false, false),
    .init("~=2.2.post3", "2.9", true, true, true),
    .init("~=2.2.post3", "2.2", false, false, false),
    .init("~=1.4.5a4", "1.4.5", true, true, true),
    .init("~=1.4.5a4", "1.4.6a1", true, true, false),
    .init("~=1.4.5a4", "1.5", false, false, false),
    .init("~=2.2.0", "2.3", false, false, false),
    .init("~=2.2.0", "2.2.9", true, true, true),
    .init("===1.0", "1.0", true, true, true),
    .init("===1.0", "1.0.0", false, false, false),
    .init("===1.0", "1.0+local", false, false, false),
    .init("===1.0a1", "1.0A1", true, true, false),
    .init("<=1.0a1", "1.0a1", true, true, false),
    .init(">=1.0a1", "1.0", true, true, true),
    .init(">=1.0.dev1", "1.0.dev2", true, true, false),
]

/// `SpecifierSet.filter` with `prereleases` nil, true and false (packaging 26.3).
struct FilterCase: CustomTestStringConvertible, Sendable {
    let set: String, versions: [String]
    let whenNil: [String], whenTrue: [String], whenFalse: [String]
    init(_ set: String, _ versions: [String], _ whenNil: [String], _ whenTrue: [String], _ whenFalse: [String]) {
        (self.set, self.versions, self.whenNil, self.whenTrue, self.whenFalse) = (set, versions, whenNil, whenTrue, whenFalse)
    }
    var testDescription: String { "\(set.debugDescription) \(versions)" }
}

let filterCases: [FilterCase] = [
    .init(">=1.2.3", ["1.2", "1.3", "1.5a1"], ["1.3"], ["1.3", "1.5a1"], ["1.3"]),
    .init(">=1.2.3", ["1.2", "1.5a1"], ["1.5a1"], ["1.5a1"], []),
    .init(">=1.2.3", ["1.5a1", "1.3", "1.6a1"], ["1.3"], ["1.5a1", "1.3", "1.6a1"], ["1.3"]),
    .init("", ["1.3", "1.5a1"], ["1.3"], ["1.3", "1.5a1"], ["1.3"]),
    .init("", ["1.5a1"], ["1.5a1"], ["1.5a1"], []),
    .init("", [], [], [], []),
    .init(">=1.0a1", ["1.0", "1.1a1", "0.9"], ["1.0", "1.1a1"], ["1.0", "1.1a1"], ["1.0"]),
    .init("!=1.0a1", ["1.0", "1.1a1"], ["1.0"], ["1.0", "1.1a1"], ["1.0"]),
    .init("!=1.0a1", ["1.1a1"], ["1.1a1"], ["1.1a1"], []),
    .init("==1.*", ["1.0a1", "1.1"], ["1.1"], ["1.0a1", "1.1"], ["1.1"]),
    .init("==1.*", ["1.0a1"], ["1.0a1"], ["1.0a1"], []),
    .init(">=1,!=1.5a1", ["1.5a1", "1.5a2"], ["1.5a2"], ["1.5a2"], []),
    .init(">=1,<=2a1", ["1.5", "2a1"], ["1.5", "2a1"], ["1.5", "2a1"], ["1.5"]),
    .init("===1.0a1", ["1.0a1"], ["1.0a1"], ["1.0a1"], []),
    .init("===1.0", ["1.0", "1.0.0"], ["1.0"], ["1.0"], ["1.0"]),
    .init(">=1", ["2.dev1", "2.0+local", "1.0.post1"], ["2.0+local", "1.0.post1"], ["2.dev1", "2.0+local", "1.0.post1"], ["2.0+local", "1.0.post1"]),
    .init("<2,>=1", ["0.5", "1.0", "1.9", "2.0", "1.5rc1"], ["1.0", "1.9"], ["1.0", "1.9", "1.5rc1"], ["1.0", "1.9"]),
]

struct SpecifierStringCase: Sendable {
    let input: String, description: String, prereleases: Bool?
    init(_ input: String, _ description: String, _ prereleases: Bool?) {
        (self.input, self.description, self.prereleases) = (input, description, prereleases)
    }
}

let specifierStringCases: [SpecifierStringCase] = [
    .init(">=1.0", ">=1.0", false),
    .init(">= 1.0", ">=1.0", false),
    .init("  ==  1.0.*  ", "==1.0.*", false),
    .init("~=v1.0", "~=v1.0", false),
    .init("===  foo", "===foo", nil),
    .init("==1.0-1", "==1.0-1", false),
    .init("!=1.0+LOCAL", "!=1.0+LOCAL", false),
    .init("<V1", "<V1", false),
    .init("> 1.0a1", ">1.0a1", true),
]

struct SetStringCase: Sendable {
    let input: String, description: String
    init(_ input: String, _ description: String) { (self.input, self.description) = (input, description) }
}

/// `str(SpecifierSet(input))` in packaging 26.3: sorted by text, duplicates dropped.
let setStringCases: [SetStringCase] = [
    .init(">=1.0,!=1.0.1", "!=1.0.1,>=1.0"),
    .init("  >=1.0,<2 , ", "<2,>=1.0"),
    .init("", ""),
    .init(">=1,", ">=1"),
    .init("==1.0,==1.0.0", "==1.0"),
    .init("==1.0.0,==1.0", "==1.0"),
    .init("<2,>1", "<2,>1"),
    .init("===Foo,===foo", "===Foo,===foo"),
    .init("~=1.0,~=1.0.0", "~=1.0,~=1.0.0"),
    .init(">=1.0.0, >=1.0", ">=1.0"),
    .init("==2.*,==10.*", "==10.*,==2.*"),
]

@Suite struct SpecifierTests {
    @Test(arguments: containsCases)
    func contains(_ c: ContainsCase) throws {
        let spec = try Specifier(parsing: c.spec)
        let set = try SpecifierSet(parsing: c.spec)
        let v = try Version(parsing: c.version)
        #expect(spec.contains(v) == c.whenNil)
        #expect(spec.contains(v, prereleases: true) == c.whenTrue)
        #expect(spec.contains(v, prereleases: false) == c.whenFalse)
        #expect(set.contains(v) == c.whenNil)
        #expect(set.contains(v, prereleases: true) == c.whenTrue)
        #expect(set.contains(v, prereleases: false) == c.whenFalse)
    }

    @Test(arguments: filterCases)
    func filter(_ c: FilterCase) throws {
        let set = try SpecifierSet(parsing: c.set)
        let versions = try c.versions.map { try Version(parsing: $0) }
        #expect(set.filter(versions).map(\.description) == c.whenNil)
        #expect(set.filter(versions, prereleases: true).map(\.description) == c.whenTrue)
        #expect(set.filter(versions, prereleases: false).map(\.description) == c.whenFalse)
    }

    @Test func singleSpecifierFilterFollowsItsOwnPrereleaseHint() throws {
        let versions = try ["1.0", "2.0a1", "2.0"].map { try Version(parsing: $0) }
        #expect(try Specifier(parsing: ">=1.0").filter(versions).map(\.description) == ["1.0", "2.0"])
        #expect(try Specifier(parsing: ">=2.0a1").filter(versions).map(\.description) == ["2.0a1", "2.0"])
        #expect(try Specifier(parsing: "!=2.0a1").filter(versions).map(\.description) == ["1.0", "2.0"])
        #expect(try Specifier(parsing: "<2.0").filter(versions, prereleases: true).map(\.description) == ["1.0"])
    }

    @Test(arguments: specifierStringCases)
    func specifierDescription(_ c: SpecifierStringCase) throws {
        let spec = try Specifier(parsing: c.input)
        #expect(spec.description == c.description)
        #expect(spec.prereleases == c.prereleases)
        #expect(try Specifier(parsing: spec.description) == spec)
    }

    @Test(arguments: setStringCases)
    func setDescription(_ c: SetStringCase) throws {
        let set = try SpecifierSet(parsing: c.input)
        #expect(set.description == c.description)
        #expect(try SpecifierSet(parsing: set.description) == set)
    }

    @Test func arbitraryEqualityComparesTextCaseInsensitively() throws {
        let spec = try Specifier(parsing: "===FooBar")
        #expect(spec.version == nil)
        #expect(spec.prereleases == nil)
        #expect(spec.contains("foobar"))
        #expect(!spec.contains("foobar2"))
        #expect(try Specifier(parsing: "===1.0").contains("1.0"))
        #expect(try !Specifier(parsing: "===1.0").contains("1.0.0"))
        #expect(try !Specifier(parsing: "===1.0").contains("v1.0"))
        #expect(try Specifier(parsing: "===1.0").contains(Version(parsing: "v1.0")))
        #expect(try SpecifierSet(parsing: "===foobar").contains("FOOBAR"))
        #expect(try !SpecifierSet(parsing: "===foobar, >=1").contains("foobar"))
        #expect(try !Specifier(parsing: "===1.0a1").contains("1.0a1", prereleases: false))
    }

    /// `filter` over strings, against packaging 26.3's `SpecifierSet.filter` of the same strings.
    @Test(arguments: [
        FilterCase("===foobar", ["foobar", "foo", "bar", "FOOBAR"], ["foobar", "FOOBAR"], ["foobar", "FOOBAR"], ["foobar", "FOOBAR"]),
        FilterCase("===FooBar", ["1.0", "1.0a1", "foobar", "1.0+local"], ["foobar"], ["foobar"], ["foobar"]),
        FilterCase("===foobar,>=1", ["foobar", "1.0"], [], [], []),
        FilterCase("===1.0", ["1.0", "1.0.0", "v1.0", "foobar"], ["1.0"], ["1.0"], ["1.0"]),
        FilterCase("===1.0a1", ["1.0", "1.0a1", "1.0A1"], ["1.0a1", "1.0A1"], ["1.0a1", "1.0A1"], []),
        FilterCase("===rc1", ["rc1", "1.0rc1"], ["rc1"], ["rc1"], ["rc1"]),
        // Text that is not a version passes the empty set, is kept under every policy, and is
        // not the final release that would hide pre-releases.
        FilterCase("", ["1.0", "1.0a1", "foobar", "1.0+local"], ["1.0", "foobar", "1.0+local"], ["1.0", "1.0a1", "foobar", "1.0+local"], ["1.0", "foobar", "1.0+local"]),
        FilterCase("", ["rc1", "1.0rc1"], ["rc1", "1.0rc1"], ["rc1", "1.0rc1"], ["rc1"]),
        FilterCase(">=1", ["foobar", "1.0", "0.9", "2.0b1"], ["1.0"], ["1.0", "2.0b1"], ["1.0"]),
        FilterCase("<2,>=1", ["0.5", "1.0", "1.9", "2.0", "1.5rc1"], ["1.0", "1.9"], ["1.0", "1.9", "1.5rc1"], ["1.0", "1.9"]),
    ])
    func filterText(_ c: FilterCase) throws {
        let set = try SpecifierSet(parsing: c.set)
        #expect(set.filter(c.versions) == c.whenNil)
        #expect(set.filter(c.versions, prereleases: true) == c.whenTrue)
        #expect(set.filter(c.versions, prereleases: false) == c.whenFalse)
        // A lone clause filters as the set of it does.
        if let clause = set.specifiers.first, set.specifiers.count == 1 {
            #expect(clause.filter(c.versions) == c.whenNil)
            let substrings: [Substring] = c.versions.map { $0[...] }
            let kept: [Substring] = clause.filter(substrings, prereleases: false)
            #expect(kept.map { String($0) } == c.whenFalse)
        }
    }

    @Test func unparsedTextNeverMatchesOrderedOperators() throws {
        #expect(try !Specifier(parsing: ">=1").contains("not a version"))
        // As in packaging, the empty set keeps text it cannot judge.
        #expect(try SpecifierSet(parsing: "").contains("not a version"))
        #expect(try SpecifierSet(parsing: ">=1").contains("2.0"))
    }

    struct EqualityCase: Sendable {
        let a: String, b: String, equal: Bool
    }

    /// Specifier equality as packaging's `_canonical_spec`.
    @Test(arguments: [
        EqualityCase(a: "==1.2.3", b: "== 1.2.3.0", equal: true),
        EqualityCase(a: "==1.0+local", b: "==1.0.0+LOCAL", equal: true),
        EqualityCase(a: "~=1.0", b: "~=1.0.0", equal: false),
        EqualityCase(a: "~=1.0", b: "~=v1.0", equal: true),
        EqualityCase(a: "==1.0.*", b: "==1.0.0.*", equal: false),
        EqualityCase(a: "==1.0.*", b: "==v1.0.*", equal: false),
        EqualityCase(a: "===foo", b: "===FOO", equal: false),
        EqualityCase(a: "==1.0", b: "!=1.0", equal: false),
        EqualityCase(a: ">=1.0a1", b: ">=1.0.0alpha1", equal: true),
    ])
    func specifierEquality(_ c: EqualityCase) throws {
        let a = try Specifier(parsing: c.a), b = try Specifier(parsing: c.b)
        #expect((a == b) == c.equal)
        if c.equal { #expect(a.hashValue == b.hashValue) }
    }

    @Test func setEqualityIgnoresOrderAndDuplicates() throws {
        let a = try SpecifierSet(parsing: ">=1.0,!=1.5")
        let b = try SpecifierSet(parsing: "!=1.5 , >=1.0.0, >=1.0")
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(try a != SpecifierSet(parsing: ">=1.0"))
        #expect(try SpecifierSet(parsing: "").isEmpty)
        #expect(try SpecifierSet(parsing: "  ").isEmpty)
    }

    @Test func prereleaseHintOfSets() throws {
        #expect(try SpecifierSet(parsing: "").prereleases == nil)
        #expect(try SpecifierSet(parsing: ">=1.0").prereleases == nil)
        #expect(try SpecifierSet(parsing: ">=1.0,<2.0b1").prereleases == true)
        #expect(try SpecifierSet(parsing: "!=2.0b1").prereleases == nil)
    }

    // Normal-form releases keep no text of their own and print their version; everything
    // else keeps the text as written. Either way `versionText` is the text as written.
    @Test(arguments: [
        "1.20", "2.0.1", "0", "10.0.0.0.0", "1.0.*", "0.*", "123456789012345678901234567890",
        "01.2", "1.02", "1.0.0.*", "v1.0", "1!2.0", "1.0rc1", "1.0.post1", "1.0.dev0", "1.0+local",
        "1.0-1", "1.0a", "1.00", "1.0.00.*",
    ])
    func versionTextIsAsWritten(_ text: String) throws {
        let op = text.hasSuffix(".*") || text.contains("+") ? "==" : ">="
        let specifier = try Specifier(parsing: op + text)
        #expect(specifier.versionText == text)
        #expect(specifier.description == op + text)
        #expect(try Specifier(parsing: " \(op) \(text) ").versionText == text)
    }

    // Sets keep their clauses in their own storage, grown as clauses are parsed.
    @Test(arguments: [0, 1, 2, 3, 7, 40])
    func clausesKeepTheirOrder(_ count: Int) throws {
        let texts = (0..<count).map { "!=\($0).\(count)" }
        let set = try SpecifierSet(parsing: texts.joined(separator: ","))
        #expect(set.specifiers.map(\.description) == texts)
        #expect(set.isEmpty == (count == 0))
        #expect(set == SpecifierSet(set.specifiers))
        #expect(SpecifierSet(set.specifiers).specifiers == set.specifiers)
        let above = try Version(parsing: "\(count).0")
        let excluded = try Version(parsing: "0.\(count)")
        #expect(set.contains(above))
        #expect(set.contains(excluded) == (count == 0))
    }

    // A set of one clause in normal form keeps it compactly; any other stays a Specifier.
    // Either way the set reads back the clause and matches as the clause does.
    @Test(arguments: [
        ">=1.20", "==1.0.*", "~=3.1", "<2", "!=1.5.*", "==4294967295", "==4294967296", ">=1.2.3.4",
        ">=1.2.3.4.5", ">=1.0rc1", "==1.0+local", ">=1!2", "===foo", ">=01.2", "==v1", ">0", "<=2.0.post1",
    ])
    func singleClauseSets(_ text: String) throws {
        let set = try SpecifierSet(parsing: text)
        let clause = try Specifier(parsing: text)
        #expect(set.specifiers == [clause])
        #expect(set.specifiers.map(\.description) == [clause.description])
        #expect(set.description == clause.description)
        #expect(set == SpecifierSet([clause]))
        let versions = try ["0", "1.0", "1.0rc1", "1.5.2", "1.20", "2", "2.0.post1", "3.1.4", "4294967296", "1.2.3.4.5"]
            .map { try Version(parsing: $0) }
        for version in versions {
            #expect(set.contains(version) == clause.contains(version), "\(version)")
        }
    }
}
