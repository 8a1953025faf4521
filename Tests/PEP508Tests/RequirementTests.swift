import PEP440
import Testing
@testable import PEP508

struct ValidRequirement: CustomTestStringConvertible, Sendable {
    var input: String
    var description: String
    var name: String
    var extras: [String] = []
    var url: String? = nil
    var testDescription: String { input }
}

struct InvalidInput: CustomTestStringConvertible, Sendable {
    var input: String
    var start: Int
    var end: Int
    var message: String
    var testDescription: String { input }
}

@Suite struct RequirementParsing {
    // Expected strings are pypa/packaging 26.3's str(Requirement(input)).
    static let valid: [ValidRequirement] = [
        .init(input: "A", description: "A", name: "A"),
        .init(input: "A.B-C_D", description: "A.B-C_D", name: "A.B-C_D"),
        .init(input: "name<=1", description: "name<=1", name: "name"),
        .init(input: "name>=3,", description: "name>=3", name: "name"),
        .init(input: "name>=3,<2", description: "name<2,>=3", name: "name"),
        .init(input: "name (>=1,)", description: "name>=1", name: "name"),
        .init(input: "a>= 1.0 , <2", description: "a<2,>=1.0", name: "a"),
        .init(input: "name@http://foo.com", description: "name @ http://foo.com", name: "name", url: "http://foo.com"),
        .init(input: "name [fred,bar] @ http://foo.com ; python_version=='2.7'",
              description: "name[bar,fred] @ http://foo.com ; python_version == \"2.7\"", name: "name",
              extras: ["bar", "fred"], url: "http://foo.com"),
        .init(input: "name[quux, strange];python_version<'2.7' and platform_version=='2'",
              description: "name[quux,strange]; python_version < \"2.7\" and platform_version == \"2\"", name: "name",
              extras: ["quux", "strange"]),
        .init(input: "name; os_name=='a' and (os_name=='b' or os_name=='c')",
              description: "name; os_name == \"a\" and (os_name == \"b\" or os_name == \"c\")", name: "name"),
        .init(input: "a[]", description: "a", name: "a"),
        .init(input: "a[B,b,b]", description: "a[B,b]", name: "a", extras: ["B", "b"]),
        .init(input: "a[c, b,c ,a,b,c]", description: "a[a,b,c]", name: "a", extras: ["a", "b", "c"]),
        .init(input: "a[x,x]", description: "a[x]", name: "a", extras: ["x"]),
        .init(input: "a (>=1) ; (os_name==\"a\")", description: "a>=1; os_name == \"a\"", name: "a"),
        .init(input: "a;extra==\"Foo_Bar\"", description: "a; extra == \"foo-bar\"", name: "a"),
        .init(input: "a; \"Foo\" in extras", description: "a; \"foo\" in extras", name: "a"),
        .init(input: "a;extras==\"Foo\"", description: "a; extras == \"Foo\"", name: "a"),
        .init(input: "a; os.name==\"a\" and python_implementation==\"x\"",
              description: "a; os_name == \"a\" and platform_python_implementation == \"x\"", name: "a"),
        .init(input: "a;\"a\"in os_name", description: "a; \"a\" in os_name", name: "a"),
        .init(input: "pkg @ https://x/y.whl ; os_name==\"a\"", description: "pkg @ https://x/y.whl ; os_name == \"a\"",
              name: "pkg", url: "https://x/y.whl"),
        .init(input: "a[b]@x", description: "a[b] @ x", name: "a", extras: ["b"], url: "x"),
        .init(input: "  requests [security,tests] >= 2.8.1, == 2.8.* ; python_version < \"3.7\"  ",
              description: "requests[security,tests]==2.8.*,>=2.8.1; python_version < \"3.7\"", name: "requests",
              extras: ["security", "tests"]),
        .init(input: "name===foo", description: "name===foo", name: "name"),
        .init(input: "name; os_name == 'a\"b'", description: "name; os_name == 'a\"b'", name: "name"),
        .init(input: "pkg @ https://x/y.whl\t", description: "pkg @ https://x/y.whl", name: "pkg", url: "https://x/y.whl"),
    ]

    @Test(arguments: valid)
    func parses(_ c: ValidRequirement) throws {
        let r = try Requirement(parsing: c.input)
        #expect(r.description == c.description)
        #expect(r.name == c.name)
        #expect(r.extras == c.extras)
        #expect(r.url == c.url)
    }

    // Spans in Unicode scalar offsets; the first token the parser could not accept.
    static let invalid: [InvalidInput] = [
        .init(input: "", start: 0, end: 0, message: "expected a package name, found end of input"),
        .init(input: "a_", start: 0, end: 2, message: "expected a package name (ASCII letters and digits, with `-`, `_` or `.` only between them), found `a_`"),
        .init(input: "name()", start: 5, end: 6, message: "expected a version operator (`<=`, `<`, `!=`, `==`, `===`, `>=`, `>`, `~=`), found `)`"),
        .init(input: "name>=3,,", start: 8, end: 9, message: "expected a version specifier after `,`, found `,`"),
        .init(input: "pkg @ https://x/y.whl; os_name==\"a\"", start: 23, end: 30,
              message: "expected `;` or end of input after the URL and whitespace (the `;` written right after the URL is part of the URL: put whitespace before it), found `os_name`"),
        .init(input: "a;", start: 2, end: 2, message: "expected a marker variable or quoted string, found end of input"),
        .init(input: "a; foo == \"1\"", start: 3, end: 6, message: "expected a marker variable or quoted string, found `foo`"),
        .init(input: "a[b c]", start: 4, end: 5, message: "expected `,` or `]`, found `c`"),
        .init(input: "a[b,]", start: 4, end: 5, message: "expected an extra name, found `]`"),
        // Specifier errors point at the exact characters PEP440 blames (SPEC.md §4).
        .init(input: "a>=1.0abc", start: 7, end: 9, message: "expected `.post`, `.dev`, a local label (`+…`) or end of version, found `bc`"),
        .init(input: "a~=1", start: 3, end: 4, message: "expected at least two release numbers after `~=` (such as `~=1.0`), found `1`"),
        .init(input: "a==1.*+local", start: 6, end: 12, message: "expected end of version after `.*`, found `+local`"),
        .init(input: "a; os_name = \"x\"", start: 11, end: 12, message: "expected a marker operator (`<=`, `<`, `!=`, `==`, `===`, `>=`, `>`, `~=`, `in`, `not in`), found `=`"),
        .init(input: "a; os_name == \"x", start: 14, end: 16, message: "expected a closing `\"`, found end of input"),
        .init(input: "é; os_name", start: 0, end: 1, message: "expected a package name, found `é`"),
        .init(input: "a; \"é\" == os_name and", start: 21, end: 21, message: "expected a marker variable or quoted string, found end of input"),
        .init(input: "a; (os_name == \"x\"", start: 18, end: 18, message: "expected `and`, `or` or `)`, found end of input"),
        .init(input: "a; os_name == \"x\" xor", start: 18, end: 21, message: "expected `and`, `or` or end of input, found `xor`"),
        .init(input: "a; \"x\" not os_name", start: 11, end: 18, message: "expected `in` after `not` and whitespace, found `os_name`"),
        .init(input: "a (>=1", start: 6, end: 6, message: "expected `,` or `)`, found end of input"),
        .init(input: "a @", start: 3, end: 3, message: "expected a URL after `@`, found end of input"),
    ]

    @Test(arguments: invalid)
    func rejects(_ c: InvalidInput) {
        #expect(throws: ParseError.self) { try Requirement(parsing: c.input) }
        do {
            _ = try Requirement(parsing: c.input)
        } catch {
            #expect(error.kind == .invalidRequirement)
            #expect(error.span == SourceSpan(start: c.start, end: c.end))
            if !c.message.isEmpty { #expect(error.message == c.message) }
        }
    }

    @Test func renderedError() {
        do {
            _ = try Requirement(parsing: "requests >= 2.8 ; os_nam == \"posix\"")
            Issue.record("expected an error")
        } catch {
            #expect(error.rendered(source: "requests >= 2.8 ; os_nam == \"posix\"") == """
                error: expected a marker variable or quoted string, found `os_nam`
                requests >= 2.8 ; os_nam == "posix"
                                  ^^^^^^
                """)
        }
    }

    @Test func renderedErrorAtEnd() {
        do {
            _ = try Requirement(parsing: "name[extra")
            Issue.record("expected an error")
        } catch {
            #expect(error.rendered(source: "name[extra") == """
                error: expected `,` or `]`, found end of input
                name[extra
                          ^
                """)
        }
    }

    @Test func equalityNormalisesNamesAndExtras() throws {
        let a = try Requirement(parsing: "Foo.Bar[Sec_urity]>=1,<2")
        let b = try Requirement(parsing: "foo-bar[sec-urity]<2,>=1")
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a.normalizedName == "foo-bar")
        #expect(a.normalizedExtras == ["sec-urity"])
    }

    @Test func markerErrorIsInRequirementCoordinates() {
        do {
            _ = try Requirement(parsing: "abc; python_version ~ '3'")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .invalidRequirement)
            #expect(error.span == SourceSpan(start: 20, end: 21))
        }
    }

    @Test(.enabled(if: Paths.hasCorpus || !corpusExpected.isEmpty))
    func corpusMatchesPackaging() throws {
        for (input, expected) in corpusExpected {
            let parsed = try? Requirement(parsing: input)
            #expect(parsed?.description == expected, "\(input)")
            if let parsed {
                let again = try Requirement(parsing: parsed.description)
                #expect(again == parsed, "round trip of \(input)")
                #expect(again.description == parsed.description)
            }
        }
    }
}

// PEP508 hands each clause to PEP440 in place, and a first clause in normal form is stored
// compactly straight from the scanner; the set must be the one PEP440 parses from the text.
@Suite struct RequirementClauses {
    @Test(arguments: [
        ">=1.20", "==1.0.*", "~=3.1", "<2", "!=1.5.*", "==4294967295", "==4294967296", ">=1.2.3.4",
        ">=1.2.3.4.5", ">=1.0rc1", "==1.0+local", ">=1!2", "===foo", ">=01.2", "==v1", ">0",
        ">=1.20,<2", "<2,>=1.20,!=1.5.*", ">=1.0rc1,<2",
        "~=1", ">=1.0.*", "<1+local", "==1.0.*.*", "==1.0+", "~=1.*",
    ])
    func sameSetAsPEP440(_ text: String) throws {
        let ours = Result { () throws(ParseError) in try Requirement(parsing: "name" + text).specifier }
        let theirs = Result { () throws(ParseError) in try SpecifierSet(parsing: text) }
        switch (ours, theirs) {
        case (.success(let a), .success(let b)):
            #expect(a == b)
            #expect(a.specifiers == b.specifiers)
            #expect(a.specifiers.map(\.versionText) == b.specifiers.map(\.versionText))
            #expect(a.description == b.description)
        case (.failure(let a), .failure(let b)):
            #expect(a.message == b.message)
            #expect(a.span.start == b.span.start + 4)
        default:
            Issue.record("\(text): \(ours) against \(theirs)")
        }
    }
}
