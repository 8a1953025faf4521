import Testing

@testable import PEP440

/// Expected values below were produced by pypa/packaging 26.3 (`str(Version(input))`).
struct NormalisationCase: CustomTestStringConvertible, Sendable {
    let input: String
    let normalised: String
    init(_ input: String, _ normalised: String) {
        self.input = input
        self.normalised = normalised
    }
    var testDescription: String { input.debugDescription }
}

let normalisationCases: [NormalisationCase] = [
    .init("1.0dev", "1.0.dev0"),
    .init("1.0DEV-1", "1.0.dev1"),
    .init("1.0.dev1", "1.0.dev1"),
    .init("1.0.DEV.02", "1.0.dev2"),
    .init("1.0-dev-1", "1.0.dev1"),
    .init("1.0_DEV", "1.0.dev0"),
    .init("1.0_dev.02", "1.0.dev2"),
    .init("1.0A1", "1.0a1"),
    .init("1.0.a", "1.0a0"),
    .init("1.0.A-1", "1.0a1"),
    .init("1.0-a1", "1.0a1"),
    .init("1.0-A.02", "1.0a2"),
    .init("1.0_a-1", "1.0a1"),
    .init("1.0ALPHA", "1.0a0"),
    .init("1.0alpha.02", "1.0a2"),
    .init("1.0.ALPHA1", "1.0a1"),
    .init("1.0-alpha", "1.0a0"),
    .init("1.0-ALPHA-1", "1.0a1"),
    .init("1.0_alpha1", "1.0a1"),
    .init("1.0_ALPHA.02", "1.0a2"),
    .init("1.0b-1", "1.0b1"),
    .init("1.0.B", "1.0b0"),
    .init("1.0.b.02", "1.0b2"),
    .init("1.0-B1", "1.0b1"),
    .init("1.0_b", "1.0b0"),
    .init("1.0_B-1", "1.0b1"),
    .init("1.0beta1", "1.0b1"),
    .init("1.0BETA.02", "1.0b2"),
    .init("1.0.beta-1", "1.0b1"),
    .init("1.0-BETA", "1.0b0"),
    .init("1.0-beta.02", "1.0b2"),
    .init("1.0_BETA1", "1.0b1"),
    .init("1.0c", "1.0rc0"),
    .init("1.0C-1", "1.0rc1"),
    .init("1.0.c1", "1.0rc1"),
    .init("1.0.C.02", "1.0rc2"),
    .init("1.0-c-1", "1.0rc1"),
    .init("1.0_C", "1.0rc0"),
    .init("1.0_c.02", "1.0rc2"),
    .init("1.0RC1", "1.0rc1"),
    .init("1.0.rc", "1.0rc0"),
    .init("1.0.RC-1", "1.0rc1"),
    .init("1.0-rc1", "1.0rc1"),
    .init("1.0-RC.02", "1.0rc2"),
    .init("1.0_rc-1", "1.0rc1"),
    .init("1.0PRE", "1.0rc0"),
    .init("1.0pre.02", "1.0rc2"),
    .init("1.0.PRE1", "1.0rc1"),
    .init("1.0-pre", "1.0rc0"),
    .init("1.0-PRE-1", "1.0rc1"),
    .init("1.0_pre1", "1.0rc1"),
    .init("1.0_PRE.02", "1.0rc2"),
    .init("1.0preview-1", "1.0rc1"),
    .init("1.0.PREVIEW", "1.0rc0"),
    .init("1.0.preview.02", "1.0rc2"),
    .init("1.0-PREVIEW1", "1.0rc1"),
    .init("1.0_preview", "1.0rc0"),
    .init("1.0_PREVIEW-1", "1.0rc1"),
    .init("1.0post1", "1.0.post1"),
    .init("1.0POST.02", "1.0.post2"),
    .init("1.0.post-1", "1.0.post1"),
    .init("1.0-POST", "1.0.post0"),
    .init("1.0-post.02", "1.0.post2"),
    .init("1.0_POST1", "1.0.post1"),
    .init("1.0rev", "1.0.post0"),
    .init("1.0REV-1", "1.0.post1"),
    .init("1.0.rev1", "1.0.post1"),
    .init("1.0.REV.02", "1.0.post2"),
    .init("1.0-rev-1", "1.0.post1"),
    .init("1.0_REV", "1.0.post0"),
    .init("1.0_rev.02", "1.0.post2"),
    .init("1.0R1", "1.0.post1"),
    .init("1.0.r", "1.0.post0"),
    .init("1.0.R-1", "1.0.post1"),
    .init("1.0-r1", "1.0.post1"),
    .init("1.0-R.02", "1.0.post2"),
    .init("1.0_r-1", "1.0.post1"),
    .init("1.0-1", "1.0.post1"),
    .init("1.0-10", "1.0.post10"),
    .init("v1.0", "1.0"),
    .init("V1.0", "1.0"),
    .init("  1.0\t\n", "1.0"),
    .init("\u{202f}1.0\u{2029}", "1.0"),
    .init("\u{b}1.0\u{c}", "1.0"),
    .init("1.01", "1.1"),
    .init("00!1.2", "1.2"),
    .init("0100!0.0", "100!0.0"),
    .init("1.0+AbC", "1.0+abc"),
    .init("1.0+ubuntu-1", "1.0+ubuntu.1"),
    .init("1.0+ubuntu_1.X", "1.0+ubuntu.1.x"),
    .init("1.0+01.002", "1.0+1.2"),
    .init("1.0+foo0100", "1.0+foo0100"),
    .init("1.0a1.post2.dev3", "1.0a1.post2.dev3"),
    .init("1.0RC1-post2_DEV3", "1.0rc1.post2.dev3"),
    .init("1!2.0", "1!2.0"),
    .init("v1!2.0", "1!2.0"),
    .init("1.0.0.0", "1.0.0.0"),
    .init("0", "0"),
    .init("000", "0"),
    .init("1.2.3.4.5.6.7.8", "1.2.3.4.5.6.7.8"),
    .init("2012.04", "2012.4"),
    .init("1.0c056", "1.0rc56"),
    .init("1.1.dev09000", "1.1.dev9000"),
    .init("1.0a.", "1.0a0"),
    .init("1.0.post.", "1.0.post0"),
    .init("1.0.dev-", "1.0.dev0"),
    .init("1.0a-", "1.0a0"),
    .init("1.0_post_", "1.0.post0"),
    .init("1.0a--1", "1.0a0.post1"),
    .init("1.0rc.post-dev", "1.0rc0.post0.dev0"),
    .init("1.0apost1", "1.0a0.post1"),
    .init("1.0ar1", "1.0a0.post1"),
    .init("1.0-r", "1.0.post0"),
    .init("1.0.r.", "1.0.post0"),
    .init("1.0.rev", "1.0.post0"),
    .init("1.0PREVIEW", "1.0rc0"),
    .init("1.0pre.3", "1.0rc3"),
    .init("1.99999999999999999999999999999", "1.99999999999999999999999999999"),
    .init("18446744073709551616!1", "18446744073709551616!1"),
    .init("1.0+99999999999999999999999", "1.0+99999999999999999999999"),
    .init("1.0a18446744073709551616", "1.0a18446744073709551616"),
    .init("1.0.post00018446744073709551615", "1.0.post18446744073709551615"),
    .init("1.0b2-346", "1.0b2.post346"),
]

/// The ordering list from pypa/packaging's tests/test_version.py, in increasing order.
let sortedVersions = [
    "1.0.dev0", "1.0.dev456", "1.0.dev456+local", "1.0a0", "1.0a0.post0.dev0", "1.0a0.post0",
    "1.0a1.dev1", "1.0a1.dev1+local", "1.0a1", "1.0a1+local", "1.0b0", "1.0b1.dev456", "1.0b2",
    "1.0b2.post345.dev456", "1.0b2.post345", "1.0b2-346", "1.0rc0", "1.0rc1.dev1", "1.0c1", "1.0rc2",
    "1.0", "1.0.post0.dev0", "1.0.post0", "1.0.post456.dev34", "1.0.post456", "1.0.post456+local",
    "1.0.1.dev1", "1.0.1a1", "1.0.1", "1.0.1+local", "1.0.1.post1", "1.1.dev1", "1.2+a", "1.2+abc",
    "1.2+abcdef", "1.2+def", "1.2+0", "1.2+1", "1.2+1.abc", "1.2+1.1", "1.2+1.1.0", "1.2+2", "1.2+123",
    "1.2+123456", "1.2.r32+123456", "1.2.rev33+123456",
    "2", "2.0.1", "2.9", "2.10", "18446744073709551615", "18446744073709551616", "99999999999999999999999",
    "1!1.0.dev0", "1!1.0a1", "1!1.0", "1!1.0+local", "1!1.0.post1", "2!0.1", "18446744073709551616!0",
]

@Suite struct VersionTests {
    @Test(arguments: normalisationCases)
    func normalises(_ c: NormalisationCase) throws {
        let v = try Version(parsing: c.input)
        #expect(v.description == c.normalised)
        // The normal form is a fixed point and names the same version.
        let again = try Version(parsing: c.normalised)
        #expect(again.description == c.normalised)
        #expect(again == v)
    }

    @Test func orderingMatchesPackagingPairwise() throws {
        let versions = try sortedVersions.map { try Version(parsing: $0) }
        for i in versions.indices {
            for j in versions.indices {
                #expect((versions[i] < versions[j]) == (i < j), "\(versions[i]) < \(versions[j])")
                #expect((versions[i] == versions[j]) == (i == j), "\(versions[i]) == \(versions[j])")
            }
        }
        #expect(versions.shuffled().sorted() == versions)
    }

    struct EqualCase: Sendable {
        let a: String, b: String
    }

    @Test(arguments: [
        EqualCase(a: "1.0", b: "1.0.0"), EqualCase(a: "1", b: "1.0.0.0.0"), EqualCase(a: "1.0rc1", b: "1.0c1"),
        EqualCase(a: "v1.0", b: "1.0"), EqualCase(a: "0!1.0", b: "1.0"), EqualCase(a: "1.0+01", b: "1.0+1"),
        EqualCase(a: "1.0+ABC", b: "1.0.0+abc"), EqualCase(a: "1.0-1", b: "1.0.post1"),
        EqualCase(a: "018446744073709551616", b: "18446744073709551616.0"),
    ])
    func equalVersionsHashAlike(_ c: EqualCase) throws {
        let a = try Version(parsing: c.a), b = try Version(parsing: c.b)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
    }

    @Test func unequalVersionsDiffer() throws {
        let texts = ["1.0", "1.0.1", "1.0a1", "1.0.post1", "1.0.dev1", "1.0+a", "1!1.0", "1.0+a.0", "1.0+0"]
        let set = Set(try texts.map { try Version(parsing: $0) })
        #expect(set.count == texts.count)
    }

    @Test func accessors() throws {
        let v = try Version(parsing: "V2!1.02.3RC4-Post5_DEV6+Ubuntu-1.002")
        #expect(v.epoch == 2)
        #expect(v.release == [1, 2, 3])
        #expect(v.releaseCount == 3)
        #expect(v.pre == PreRelease(kind: .releaseCandidate, number: 4))
        #expect(v.post == 5)
        #expect(v.dev == 6)
        #expect(v.local == "ubuntu.1.2")
        #expect(v.localSegments == [.text("ubuntu"), .number(1), .number(2)])
        #expect(v.publicVersion.description == "2!1.2.3rc4.post5.dev6")
        #expect(v.baseVersion.description == "2!1.2.3")
        #expect(v.isPrerelease && v.isPostrelease && v.isDevrelease)
        #expect(v.description == "2!1.2.3rc4.post5.dev6+ubuntu.1.2")

        let plain = try Version(parsing: "1.0")
        #expect(plain.epoch == 0 && plain.pre == nil && plain.post == nil && plain.dev == nil)
        #expect(plain.local == nil && plain.localSegments == nil)
        #expect(!plain.isPrerelease && !plain.isPostrelease && !plain.isDevrelease)
        #expect(try Version(parsing: "1.0.dev0").isPrerelease)
        #expect(try !Version(parsing: "1.0.post1").isPrerelease)
        #expect(try Version(parsing: "1.0a1").pre?.kind == .alpha)
        #expect(try Version(parsing: "1.0beta").pre == PreRelease(kind: .beta, number: 0))
    }

    @Test func hugeNumbersParseAndCompare() throws {
        let text = "1." + String(repeating: "9", count: 5000) + "rc" + String(repeating: "7", count: 30)
        let v = try Version(parsing: text)
        #expect(v.release[1].description == String(repeating: "9", count: 5000))
        #expect(v.release[1].uint64Value == nil)
        #expect(v.pre?.number.description == String(repeating: "7", count: 30))
        #expect(v.description == text)
        let bigger = try Version(parsing: "1.1" + String(repeating: "0", count: 5000))
        #expect(v < bigger)
        #expect(try Version(parsing: "1.18446744073709551615") < Version(parsing: "1.18446744073709551616"))
        #expect(try Version(parsing: "1.18446744073709551616") < Version(parsing: "1.18446744073709551617"))
        #expect(try Version(parsing: "1.000018446744073709551616").release[1].description == "18446744073709551616")
        #expect(try Version(parsing: "1.99999999999999999999999999999").release[1].uint64Value == nil)
        #expect(VersionNumber(decimal: "00018446744073709551615")?.uint64Value == .max)
        #expect(VersionNumber(decimal: "12a") == nil)
    }

    /// One more and one less, past 64 bits too (release numbers have no bound).
    @Test func successorAndPredecessorOfAnySize() throws {
        func n(_ text: String) throws -> VersionNumber { try #require(VersionNumber(decimal: text)) }
        #expect(try n("1999").successor == n("2000") && n("99").successor == n("100"))
        #expect(try n("1000").predecessor == n("999") && n("10").predecessor == n("9") && n("1").predecessor == n("0"))
        #expect(VersionNumber(0).predecessor == nil)
        #expect(try n("18446744073709551615").successor == n("18446744073709551616"))
        #expect(try n("99999999999999999999").successor == n("100000000000000000000"))
        #expect(try n("18446744073709551616").predecessor == n("18446744073709551615"))
        #expect(try n("18446744073709551616").predecessor?.uint64Value == .max)
        #expect(try n("100000000000000000000").predecessor == n("99999999999999999999"))
    }

    @Test func losslessStringConvertible() throws {
        #expect(Version("1.0.POST1")?.description == "1.0.post1")
        #expect(Version("nope") == nil)
        #expect(try Version(parsing: "1.0"[...]) == Version("1.0"))
    }
}
