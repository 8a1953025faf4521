import Testing

@testable import PEP440

struct InvalidCase: CustomTestStringConvertible, Sendable {
    let input: String
    let start: Int, end: Int
    let message: String
    init(_ input: String, _ start: Int, _ end: Int, _ message: String) {
        (self.input, self.start, self.end, self.message) = (input, start, end, message)
    }
    var testDescription: String { input.debugDescription }
}

private let afterRelease =
    "another release number, a pre-release (`a`, `b`, `rc`), `.post`, `.dev`, a local label (`+…`) or end of version"

/// Every input here is also rejected by packaging 26.3; spans are in Unicode scalars.
let invalidVersions: [InvalidCase] = [
    .init("", 0, 0, "expected a version number, found end of input"),
    .init("   ", 3, 3, "expected a version number, found end of input"),
    .init("french toast", 0, 12, "expected a version number, found `french toast`"),
    .init("v", 1, 1, "expected a version number, found end of input"),
    .init("1!", 2, 2, "expected a release number after the epoch `!`, found end of input"),
    .init("1.0+a+", 5, 6, "expected end of version after the local label, found `+`"),
    .init("1.0++", 4, 5, "expected a local version label (ASCII letters and digits) after `+`, found `+`"),
    .init("1.0+_foobar", 4, 11, "expected a local version label (ASCII letters and digits) after `+`, found `_foobar`"),
    .init("1.0+foo&asd", 7, 11, "expected end of version after the local label, found `&asd`"),
    .init("1.0+abc-", 8, 8, "expected an ASCII letter or digit after `-` in the local label, found end of input"),
    .init("1.0+\u{130}", 4, 5, "expected a local version label (ASCII letters and digits) after `+`, found `\u{130}`"),
    .init("1. 0", 1, 4, "expected \(afterRelease), found `. 0`"),
    // The caret skips the whitespace where the version stopped.
    .init("1.0 a1", 4, 6, "expected \(afterRelease), found `a1`"),
    .init("1.0a 1", 5, 6, "expected `.post`, `.dev`, a local label (`+…`) or end of version, found `1`"),
    .init("\u{660}\u{661}.\u{662}", 0, 4, "expected a version number, found `\u{660}\u{661}.\u{662}`"),
    .init("1..0", 1, 4, "expected \(afterRelease), found `..0`"),
    .init("1.0.", 3, 4, "expected \(afterRelease), found `.`"),
    .init(".1.0", 0, 4, "expected a version number, found `.1.0`"),
    .init("1.0-", 3, 4, "expected \(afterRelease), found `-`"),
    .init("1.0--1", 3, 6, "expected \(afterRelease), found `--1`"),
    .init("1.0.dev1.post1", 8, 14, "expected a local label (`+…`) or end of version, found `.post1`"),
    .init("1.0.post1a1", 9, 11, "expected `.dev`, a local label (`+…`) or end of version, found `a1`"),
    .init("é1.0 ", 0, 4, "expected a version number, found `é1.0`"),
    .init("1.0.*", 3, 5, "expected \(afterRelease), found `.*`"),
]

let invalidSpecifiers: [InvalidCase] = [
    .init("", 0, 0, "expected a version operator (`==`, `!=`, `<=`, `>=`, `<`, `>`, `~=`, `===`), found end of input"),
    .init("1.0", 0, 3, "expected a version operator (`==`, `!=`, `<=`, `>=`, `<`, `>`, `~=`, `===`), found `1.0`"),
    // A lone `=` is the token found (SPEC.md §4), not the rest of the text.
    .init(" =1.0", 1, 2, "expected a version operator (`==`, `!=`, `<=`, `>=`, `<`, `>`, `~=`, `===`), found `=`"),
    .init("^1.0", 0, 1, "expected a version operator (`==`, `!=`, `<=`, `>=`, `<`, `>`, `~=`, `===`), found `^`"),
    .init("<<1", 1, 2, "expected a version number after `<`, found `<`"),
    .init("===", 3, 3, "expected a version after `===`, found end of input"),
    .init(">=", 2, 2, "expected a version number after `>=`, found end of input"),
    .init(">= foo", 3, 6, "expected a version number after `>=`, found `foo`"),
    .init(">=1.0.*", 5, 7, "expected end of specifier (prefix matching with `.*` needs `==` or `!=`), found `.*`"),
    .init("==1.0a1.*", 7, 9, "expected end of specifier (`.*` cannot follow a pre-, post- or dev-release), found `.*`"),
    .init("!=1.0.dev1.*", 10, 12, "expected end of specifier (`.*` cannot follow a pre-, post- or dev-release), found `.*`"),
    .init("==1.0.*.*", 7, 9, "expected end of specifier (`.*` may end a version only once), found `.*`"),
    .init("!=1.*.*.*", 5, 9, "expected end of specifier (`.*` may end a version only once), found `.*.*`"),
    .init("~=1", 2, 3, "expected at least two release numbers after `~=` (such as `~=1.0`), found `1`"),
    .init("~= v1!2 ", 6, 7, "expected at least two release numbers after `~=` (such as `~=1.0`), found `2`"),
    .init("~=1.0+x", 5, 7, "expected end of specifier (a local label needs `==` or `!=`), found `+x`"),
    .init("<=1.0+x", 5, 7, "expected end of specifier (a local label needs `==` or `!=`), found `+x`"),
    .init("~=1.0.*", 5, 7, "expected end of specifier (prefix matching with `.*` needs `==` or `!=`), found `.*`"),
    .init("===1.0 foo", 6, 10, "expected an arbitrary version without whitespace, `;` or `)`, found ` foo`"),
    .init("===1.0;", 6, 7, "expected an arbitrary version without whitespace, `;` or `)`, found `;`"),
    .init("==1.0 foo", 6, 9, "expected \(afterRelease), found `foo`"),
    .init(">=1.0-", 5, 6, "expected \(afterRelease), found `-`"),
]

/// Errors inside a set point into the whole text.
let invalidSets: [InvalidCase] = [
    .init(">=1.0, foo", 7, 10, "expected a version operator (`==`, `!=`, `<=`, `>=`, `<`, `>`, `~=`, `===`), found `foo`"),
    .init(">=1.0,<2,~=3", 11, 12, "expected at least two release numbers after `~=` (such as `~=1.0`), found `3`"),
    .init("é,>=1.0", 0, 1, "expected a version operator (`==`, `!=`, `<=`, `>=`, `<`, `>`, `~=`, `===`), found `é`"),
    .init("==1.0;python_version<'3'", 5, 24, "expected \(afterRelease), found `;python_version<'3'`"),
    // Only one trailing comma: an empty clause elsewhere is an error (spec grammar).
    .init(",>=1", 0, 1, "expected a version specifier before `,`, found `,`"),
    .init("==1.0,,<2", 6, 7, "expected a version specifier before `,`, found `,`"),
    .init(",", 0, 1, "expected a version specifier before `,`, found `,`"),
]

@Suite struct ErrorTests {
    @Test(arguments: invalidVersions)
    func invalidVersion(_ c: InvalidCase) {
        #expect(throws: ParseError(kind: .invalidVersion, message: c.message, span: SourceSpan(start: c.start, end: c.end))) {
            try Version(parsing: c.input)
        }
        #expect(Version(c.input) == nil)
    }

    @Test(arguments: invalidSpecifiers)
    func invalidSpecifier(_ c: InvalidCase) {
        let expected = ParseError(kind: .invalidSpecifier, message: c.message, span: SourceSpan(start: c.start, end: c.end))
        #expect(throws: expected) { try Specifier(parsing: c.input) }
        if !c.input.allSatisfy(\.isWhitespace) {
            #expect(throws: expected) { try SpecifierSet(parsing: c.input) }
        }
    }

    @Test(arguments: invalidSets)
    func invalidSet(_ c: InvalidCase) {
        #expect(throws: ParseError(kind: .invalidSpecifier, message: c.message, span: SourceSpan(start: c.start, end: c.end))) {
            try SpecifierSet(parsing: c.input)
        }
    }

    @Test func kindsAreKebabCase() {
        #expect(ErrorKind.invalidVersion.rawValue == "invalid-version")
        #expect(ErrorKind.invalidSpecifier.rawValue == "invalid-specifier")
    }

    struct RenderCase: Sendable {
        let source: String, span: SourceSpan, rendered: String
    }

    @Test(arguments: [
        RenderCase(source: ">=1.0.*", span: SourceSpan(start: 5, end: 7), rendered: "error: m\n>=1.0.*\n     ^^"),
        RenderCase(source: ">=", span: SourceSpan(at: 2), rendered: "error: m\n>=\n  ^"),
        RenderCase(source: "", span: SourceSpan(at: 0), rendered: "error: m\n\n^"),
        RenderCase(source: "\té1.0 x", span: SourceSpan(start: 6, end: 7), rendered: "error: m\n    é1.0 x\n         ^"),
        // Control characters cannot reach the terminal: ESC, BEL, DEL and C1 controls are
        // shown as one-column symbols, so the carets still line up.
        RenderCase(source: "\u{1B}[31m>=1", span: SourceSpan(start: 5, end: 7), rendered: "error: m\n\u{241B}[31m>=1\n     ^^"),
        RenderCase(source: "a\u{7}\u{7F}\u{9B}b", span: SourceSpan(start: 4, end: 5), rendered: "error: m\na\u{2407}\u{2421}\u{FFFD}b\n    ^"),
        RenderCase(source: "a\nb=c\nd", span: SourceSpan(start: 3, end: 4), rendered: "error: m\nb=c\n ^"),
        RenderCase(source: "ab\ncd", span: SourceSpan(start: 1, end: 5), rendered: "error: m\nab\n ^"),
        RenderCase(source: "日本1.0", span: SourceSpan(start: 2, end: 9), rendered: "error: m\n日本1.0\n  ^^^"),
    ])
    func rendering(_ c: RenderCase) {
        let error = ParseError(kind: .invalidVersion, message: "m", span: c.span)
        #expect(error.rendered(source: c.source) == c.rendered)
    }

    @Test func renderedMessagesEscapeControlCharacters() {
        let error = ParseError(kind: .invalidVersion, message: "expected a version, found `\u{1B}]0;x\u{7}\nz`",
                               span: SourceSpan(start: 0, end: 1))
        #expect(error.rendered(source: "\u{1B}") == """
            error: expected a version, found `\u{241B}]0;x\u{2407}\u{240A}z`
            \u{241B}
            ^
            """)
    }

    @Test func renderedParseError() {
        do {
            _ = try SpecifierSet(parsing: ">=1.0, ~=2")
            Issue.record("expected an error")
        } catch {
            #expect(error.rendered(source: ">=1.0, ~=2") == """
                error: expected at least two release numbers after `~=` (such as `~=1.0`), found `2`
                >=1.0, ~=2
                         ^
                """)
            #expect(error.description == "invalid-specifier at 9..<10: \(error.message)")
        }
    }

    @Test func hugeInputsDoNotCrash() throws {
        let megabyte = String(repeating: "1.", count: 500_000) + "0"
        let v = try Version(parsing: megabyte)
        #expect(v.releaseCount == 500_001)
        #expect(v.description == megabyte)
        #expect(v == v)

        let junk = String(repeating: "x", count: 1_000_000)
        do {
            _ = try Version(parsing: junk)
            Issue.record("expected an error")
        } catch {
            #expect(error.span == SourceSpan(start: 0, end: 1_000_000))
            // The message quotes only the first 40 scalars.
            #expect(error.message == "expected a version number, found `\(String(repeating: "x", count: 40))…`")
        }
        let bigSet = Array(repeating: ">=1.0", count: 100_000).joined(separator: ",")
        #expect(try SpecifierSet(parsing: bigSet).description == ">=1.0")
        #expect(throws: ParseError.self) { try SpecifierSet(parsing: bigSet + ",>=") }
        let digits = String(repeating: "9", count: 1_000_000)
        #expect(try Version(parsing: digits).release[0].description == digits)
    }

    @Test func repairedInvalidUTF8AndControlBytesAreRejected() {
        // Swift repairs invalid UTF-8 to U+FFFD when decoding, which must be reported, not trap.
        let bytes: [UInt8] = [0x31, 0x2E, 0xFF, 0xC0, 0x30]
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(throws: ParseError.self) { try Version(parsing: text) }
        #expect(throws: ParseError.self) { try Specifier(parsing: ">=" + text) }
        #expect(throws: ParseError.self) { try Version(parsing: "1.0\u{0}") }
        #expect(Version("1.0\u{85}") != nil)  // NEL is whitespace to packaging
    }
}
