import PEP440
import Testing
@testable import External

struct ValidDepURL: CustomTestStringConvertible, Sendable {
    var input: String
    var canonical: String
    var testDescription: String { input }
}

struct InvalidDepURL: CustomTestStringConvertible, Sendable {
    var input: String
    var kind: String
    var start: Int
    var end: Int
    var message: String
    var testDescription: String { input }
}

@Suite struct DepURLParsing {
    static let valid: [ValidDepURL] = [
        .init(input: "dep:generic/openblas", canonical: "dep:generic/openblas"),
        .init(input: "dep:generic/git", canonical: "dep:generic/git"),
        .init(input: "dep:pypi/requests", canonical: "dep:pypi/requests"),
        .init(input: "dep:pypi/Typing_Extensions", canonical: "dep:pypi/typing-extensions"),
        .init(input: "dep:GENERIC/zlib", canonical: "dep:generic/zlib"),
        .init(input: "dep:generic/XCB", canonical: "dep:generic/XCB"),
        .init(input: "dep:virtual/compiler/c", canonical: "dep:virtual/compiler/c"),
        .init(input: "dep:virtual/Compiler/CXX", canonical: "dep:virtual/compiler/cxx"),
        .init(input: "dep:Virtual/interface/BLAS", canonical: "dep:virtual/interface/blas"),
        .init(input: "dep:virtual/interface/lapack@>=3.7.1", canonical: "dep:virtual/interface/lapack@>=3.7.1"),
        .init(input: "dep:github/AbiWord/enchant", canonical: "dep:github/abiword/enchant"),
        .init(input: "dep:github/OpenMathLib/OpenBLAS", canonical: "dep:github/openmathlib/openblas"),
        .init(input: "dep:golang/github.com/junegunn/fzf", canonical: "dep:golang/github.com/junegunn/fzf"),
        .init(input: "dep:cran/nat.nblast", canonical: "dep:cran/nat.nblast"),
        .init(input: "dep:cargo/ripgrep", canonical: "dep:cargo/ripgrep"),
        .init(input: "dep:pypi/numpy@2.0", canonical: "dep:pypi/numpy@2.0"),
        .init(input: "dep:pypi/numpy@>=2.0", canonical: "dep:pypi/numpy@>=2.0"),
        .init(input: "dep:generic/openjpeg@>=2.0", canonical: "dep:generic/openjpeg@>=2.0"),
        .init(input: "dep:generic/foo@>=1.2,<2", canonical: "dep:generic/foo@>=1.2,<2"),
        .init(input: "dep:generic/foo@>1,<=3,==2", canonical: "dep:generic/foo@>1,<=3,==2"),
        .init(input: "dep:generic/foo@==1.0", canonical: "dep:generic/foo@==1.0"),
        .init(input: "dep:generic/foo@%3E%3D1.0", canonical: "dep:generic/foo@>=1.0"),
        .init(input: "dep:generic/cmake?repository_url=https://gitlab.kitware.com/cmake/cmake",
              canonical: "dep:generic/cmake?repository_url=https://gitlab.kitware.com/cmake/cmake"),
        .init(input: "dep:generic/foo?b=2&A=1", canonical: "dep:generic/foo?a=1&b=2"),
        .init(input: "dep:generic/foo?a=&b=1", canonical: "dep:generic/foo?b=1"),
        .init(input: "dep:generic/foo?a=x%20y", canonical: "dep:generic/foo?a=x%20y"),
        .init(input: "dep:generic/foo?a=x%2fy", canonical: "dep:generic/foo?a=x/y"),
        .init(input: "dep:generic/foo?&&a=1&", canonical: "dep:generic/foo?a=1"),
        .init(input: "dep:generic/foo#sub/path", canonical: "dep:generic/foo#sub/path"),
        .init(input: "dep:generic/foo#/./sub//../x/", canonical: "dep:generic/foo#sub/x"),
        .init(input: "dep:generic/foo@1.0?a=1#p", canonical: "dep:generic/foo@1.0?a=1#p"),
        .init(input: "dep://generic/foo", canonical: "dep:generic/foo"),
        .init(input: "dep:generic//foo", canonical: "dep:generic/foo"),
        .init(input: "dep:generic/foo/", canonical: "dep:generic/foo"),
        .init(input: "dep:generic/na%20me", canonical: "dep:generic/na%20me"),
        .init(input: "dep:generic/caf%C3%A9", canonical: "dep:generic/caf%C3%A9"),
        .init(input: "dep:generic/café", canonical: "dep:generic/caf%C3%A9"),
        .init(input: "dep:generic/a%2Fb", canonical: "dep:generic/a%2Fb"),
        .init(input: "dep:generic/c%2b%2b", canonical: "dep:generic/c%2B%2B"),
        .init(input: "dep:npm/@angular/core@1.0", canonical: "dep:npm/%40angular/core@1.0"),
        .init(input: "dep:conan/lib:x", canonical: "dep:conan/lib:x"),
        .init(input: "dep:deb/debian/libsymspg2-dev", canonical: "dep:deb/debian/libsymspg2-dev"),
        .init(input: "dep:c++/x", canonical: "dep:c++/x"),
    ]

    @Test(arguments: valid)
    func parsesAndCanonicalises(_ c: ValidDepURL) throws {
        let url = try DepURL(parsing: c.input)
        #expect(url.description == c.canonical)
        // The canonical form is a fixed point.
        #expect(try DepURL(parsing: c.canonical) == url)
        #expect(try DepURL(parsing: c.canonical).description == c.canonical)
    }

    static let invalid: [InvalidDepURL] = [
        .init(input: "", kind: "invalid-depurl", start: 0, end: 0, message: "expected `dep:`, found end of input"),
        .init(input: "pkg:generic/foo", kind: "invalid-depurl", start: 0, end: 4, message: "expected `dep:`, found `pkg:`"),
        .init(input: "DEP:generic/foo", kind: "invalid-depurl", start: 0, end: 4, message: "expected `dep:`, found `DEP:`"),
        .init(input: "generic/foo", kind: "invalid-depurl", start: 0, end: 4, message: "expected `dep:`, found `gene`"),
        .init(input: "dep:this-is-missing-the-type", kind: "invalid-depurl", start: 4, end: 28, message: "expected `/` after the type, found end of input"),
        .init(input: "dep:", kind: "invalid-depurl", start: 4, end: 4, message: "expected `/` after the type, found end of input"),
        .init(input: "dep:generic", kind: "invalid-depurl", start: 4, end: 11, message: "expected `/` after the type, found end of input"),
        .init(input: "dep:generic/", kind: "invalid-depurl", start: 12, end: 12, message: "expected a name after `dep:generic/`, found end of input"),
        .init(input: "dep:generic/@1.0", kind: "invalid-depurl", start: 12, end: 12, message: "expected a name after `dep:generic/`, found end of input"),
        .init(input: "dep:1abc/foo", kind: "invalid-depurl", start: 4, end: 8, message: "expected a type starting with a letter, found `1abc`"),
        .init(input: "dep:gen_eric/foo", kind: "invalid-depurl", start: 7, end: 8, message: "expected a type of ASCII letters, digits, `.`, `+`, `-`, found `gen_eric`"),
        .init(input: "dep:gén/foo", kind: "invalid-depurl", start: 5, end: 6, message: "expected a type of ASCII letters, digits, `.`, `+`, `-`, found `gén`"),
        .init(input: "dep:gen%65ric/foo", kind: "invalid-depurl", start: 7, end: 8, message: "expected a type of ASCII letters, digits, `.`, `+`, `-`, found `gen%65ric`"),
        .init(input: "dep:generic/fo o", kind: "invalid-depurl", start: 14, end: 15, message: "expected a DepURL without whitespace, found ` `"),
        .init(input: "dep:generic/foo\t", kind: "invalid-depurl", start: 15, end: 16, message: "expected a DepURL without whitespace, found `\t`"),
        .init(input: "dep:generic/fo%zz", kind: "invalid-depurl", start: 14, end: 17, message: "expected `%` and two hex digits, found `%zz`"),
        .init(input: "dep:generic/foo%", kind: "invalid-depurl", start: 15, end: 16, message: "expected `%` and two hex digits, found `%`"),
        .init(input: "dep:generic/foo%4", kind: "invalid-depurl", start: 15, end: 17, message: "expected `%` and two hex digits, found `%4`"),
        .init(input: "dep:generic/foo%FF", kind: "invalid-depurl", start: 12, end: 18, message: "expected percent-escapes that decode to UTF-8, found invalid UTF-8"),
        .init(input: "dep:virtual/c", kind: "invalid-depurl", start: 12, end: 13, message: "expected namespace `compiler` or `interface` for type `virtual`, found none"),
        .init(input: "dep:virtual/language/c", kind: "invalid-depurl", start: 12, end: 20, message: "expected namespace `compiler` or `interface` for type `virtual`, found `language`"),
        .init(input: "dep:virtual/compiler/x/c", kind: "invalid-depurl", start: 12, end: 22, message: "expected namespace `compiler` or `interface` for type `virtual`, found `compiler/x`"),
        .init(input: "dep:generic/foo@", kind: "invalid-depurl", start: 15, end: 16, message: "expected a version after `@`, found end of version"),
        .init(input: "dep:generic/foo@?a=1", kind: "invalid-depurl", start: 15, end: 16, message: "expected a version after `@`, found end of version"),
        .init(input: "dep:generic/foo@~=1.0", kind: "unsupported-version-operator", start: 16, end: 18, message: "expected one of `>=`, `>`, `<`, `<=`, `==`, found `~=`"),
        .init(input: "dep:generic/foo@!=1.0", kind: "unsupported-version-operator", start: 16, end: 18, message: "expected one of `>=`, `>`, `<`, `<=`, `==`, found `!=`"),
        .init(input: "dep:generic/foo@===1.0", kind: "unsupported-version-operator", start: 16, end: 19, message: "expected one of `>=`, `>`, `<`, `<=`, `==`, found `===`"),
        .init(input: "dep:generic/foo@==1.*", kind: "unsupported-version-operator", start: 19, end: 21, message: "expected a version without a wildcard, found `.*`"),
        .init(input: "dep:generic/foo@>=1.0,!=1.5", kind: "unsupported-version-operator", start: 22, end: 24, message: "expected one of `>=`, `>`, `<`, `<=`, `==`, found `!=`"),
        .init(input: "dep:generic/foo@>=1.0,", kind: "invalid-depurl", start: 22, end: 22, message: "expected a version constraint, found `,`"),
        .init(input: "dep:generic/foo@,>=1.0", kind: "invalid-depurl", start: 16, end: 17, message: "expected a version constraint, found `,`"),
        .init(input: "dep:generic/foo@=>1.0", kind: "invalid-depurl", start: 16, end: 18, message: "expected a version operator (`>=`, `>`, `<`, `<=`, `==`), found `=>1.0`"),
        .init(input: "dep:generic/foo@latest", kind: "invalid-depurl", start: 16, end: 22, message: "expected a version operator (`>=`, `>`, `<`, `<=`, `==`), found `latest`"),
        .init(input: "dep:generic/foo@%7E%3D1.0", kind: "unsupported-version-operator", start: 16, end: 25, message: "expected one of `>=`, `>`, `<`, `<=`, `==`, found `~=`"),
        .init(input: "dep:generic/foo?a", kind: "invalid-depurl", start: 16, end: 17, message: "expected `key=value` qualifier, found `a`"),
        .init(input: "dep:generic/foo?=1", kind: "invalid-depurl", start: 16, end: 16, message: "expected a qualifier key of ASCII letters, digits, `.`, `-`, `_` not starting with a digit, found end of input"),
        .init(input: "dep:generic/foo?1a=1", kind: "invalid-depurl", start: 16, end: 18, message: "expected a qualifier key of ASCII letters, digits, `.`, `-`, `_` not starting with a digit, found `1a`"),
        .init(input: "dep:generic/foo?k%41=1", kind: "invalid-depurl", start: 16, end: 20, message: "expected a qualifier key of ASCII letters, digits, `.`, `-`, `_` not starting with a digit, found `k%41`"),
        .init(input: "dep:generic/foo?a=1&A=2", kind: "invalid-depurl", start: 20, end: 21, message: "expected each qualifier key once, found `a` again"),
        .init(input: "dep:generic/foo?a=%G0", kind: "invalid-depurl", start: 18, end: 21, message: "expected `%` and two hex digits, found `%G0`"),
        .init(input: "dep:generic/foo#a/%", kind: "invalid-depurl", start: 18, end: 19, message: "expected `%` and two hex digits, found `%`"),
        .init(input: "dep:café/foo", kind: "invalid-depurl", start: 7, end: 8, message: "expected a type of ASCII letters, digits, `.`, `+`, `-`, found `café`"),
        .init(input: "dép:generic/foo", kind: "invalid-depurl", start: 0, end: 4, message: "expected `dep:`, found `dép:`"),
    ]

    @Test(arguments: invalid)
    func rejectsWithSpan(_ c: InvalidDepURL) {
        do {
            let url = try DepURL(parsing: c.input)
            Issue.record("parsed as \(url)")
        } catch {
            #expect(error.kind.rawValue == c.kind)
            #expect(error.span == SourceSpan(start: c.start, end: c.end), "\(error.message)")
            #expect(error.message == c.message)
        }
    }

    static let invalidVersions: [InvalidDepURL] = [
        .init(input: "dep:generic/foo@1.x", kind: "", start: 16, end: 19, message: "bare version"),
        .init(input: "dep:generic/foo@>=abc", kind: "", start: 16, end: 21, message: "range"),
        .init(input: "dep:generic/foo@>=1.0,<x", kind: "", start: 22, end: 24, message: "second clause"),
    ]

    /// The PEP440 module owns the exact span of a bad version; we pin that the error
    /// stays inside the version clause it came from.
    @Test(arguments: invalidVersions)
    func badVersionsPointIntoTheirClause(_ c: InvalidDepURL) {
        do {
            let url = try DepURL(parsing: c.input)
            Issue.record("parsed as \(url)")
        } catch {
            #expect(error.span.start >= c.start && error.span.end <= c.end, "\(error)")
            #expect(error.span.start < error.span.end)
        }
    }

    @Test func componentsAreDecoded() throws {
        let url = try DepURL(parsing: "dep:golang/github.com/Jun%20egunn/fzf@>=1.2,<2?Arch=x86_64&repository_url=a%2Fb#src/%41")
        #expect(url.type == "golang")
        #expect(url.namespace == ["github.com", "Jun egunn"])
        #expect(url.name == "fzf")
        #expect(url.version?.constraints == [.init(op: .greaterThanOrEqual, version: "1.2"), .init(op: .lessThan, version: "2")])
        #expect(url.version?.isBare == false)
        #expect(url.qualifiers == ["arch": "x86_64", "repository_url": "a/b"])
        #expect(url.subpath == ["src", "A"])
        #expect(url.withoutVersion.description == "dep:golang/github.com/Jun%20egunn/fzf?arch=x86_64&repository_url=a/b#src/A")
        #expect(url.packageIdentity.description == "dep:golang/github.com/Jun%20egunn/fzf")
    }

    @Test func bareVersionIsExact() throws {
        let version = try #require(try DepURL(parsing: "dep:pypi/numpy@2.0").version)
        #expect(version.isBare)
        #expect(version.constraints == [.init(op: .equal, version: "2.0")])
    }

    @Test func equalityFollowsCaseRules() throws {
        #expect(try DepURL(parsing: "dep:GitHub/AbiWord/Enchant") == DepURL(parsing: "dep:github/abiword/enchant"))
        #expect(try DepURL(parsing: "dep:virtual/compiler/C") == DepURL(parsing: "dep:virtual/compiler/c"))
        #expect(try DepURL(parsing: "dep:generic/XCB") != DepURL(parsing: "dep:generic/xcb"))
        #expect(try DepURL(parsing: "dep:generic/foo?b=1&a=2") == DepURL(parsing: "dep:generic/foo?a=2&b=1"))
        #expect(DepURL("not a depurl") == nil)
    }
}

/// The plain-form reader (`DepURL.parsePlain`) against the general parser: wherever it
/// answers, the same DepURL; it answers for the plain ids the tables and projects
/// write, and declines everything else (left to the general parser and its errors).
@Suite struct DepURLPlainForm {
    static let answered = [
        "dep:generic/openblas", "dep:GENERIC/zlib", "dep:generic/XCB", "dep:virtual/compiler/c",
        "dep:virtual/Compiler/CXX", "dep:Virtual/interface/BLAS", "dep:github/AbiWord/enchant",
        "dep:golang/github.com/junegunn/fzf", "dep:cran/nat.nblast", "dep:pypi/Typing_Extensions",
        "dep:generic/libstdc++", "dep:generic/a~b_c", "dep:c++.x-y/n", "dep:gitlab/Group/Sub/Name",
    ]
    static let declined = [
        "dep:generic/zlib@>=1.2", "dep:generic/zlib?arch=arm64", "dep:generic/zlib#sub/path", "dep:generic/z%6Cib",
        "dep://generic/zlib", "dep:generic//zlib", "dep:generic/zlib/", "dep:generic", "dep:generic/", "dep:",
        "DEP:generic/zlib", "dep:1generic/zlib", "dep:-x/y", "dep:gen_eric/zlib", "dep:generic/zl ib",
        "dep:generic/zlïb", "dep:virtual/zlib", "dep:virtual/compilers/c", "dep:virtual/compiler/a/b",
        "dep:generic/a:b", "pkg:generic/zlib", "",
    ]

    private func general(_ text: String) -> DepURL? {
        try? DepURLParser(Array(text.unicodeScalars), base: 0).parse()
    }

    @Test(arguments: answered)
    func answersAsTheGeneralParser(_ text: String) throws {
        let plain = try #require(DepURL.parsePlain(text))
        let expected = try #require(general(text))
        #expect(plain == expected)
        #expect(plain.description == expected.description)
    }

    @Test(arguments: declined)
    func declinesTheRest(_ text: String) {
        #expect(DepURL.parsePlain(text) == nil)
    }

    /// Every id of the shipped tables reads the same both ways.
    @Test func everyShippedIDAgrees() throws {
        let catalog = try MappingCatalog.bundled()
        var ids = catalog.definitions.flatMap { [$0.id] + $0.aliases + $0.provides }
        for mapping in catalog.ecosystems.values { ids += mapping.entries.map(\.id) }
        var answered = 0
        for id in ids {
            let text = id.description
            if let plain = DepURL.parsePlain(text) {
                answered += 1
                #expect(plain == general(text), "\(text)")
            }
        }
        #expect(answered * 10 >= ids.count * 9)
    }
}
