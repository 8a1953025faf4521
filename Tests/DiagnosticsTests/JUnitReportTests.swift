import Diagnostics
import Reports
import Testing

struct RoundTripCase: Sendable, CustomStringConvertible {
    var name: String
    var text: String
    /// What the text reads back as (differs only where XML 1.0 cannot carry a character).
    var readBack: String
    var description: String { name }

    init(_ name: String, _ text: String, readBack: String? = nil) {
        self.name = name
        self.text = text
        self.readBack = readBack ?? text
    }
}

private func report(_ text: String) -> JUnitReport {
    JUnitReport(name: text, suites: [
        JUnitReport.TestSuite(name: text, cases: [
            JUnitReport.TestCase(classname: text, name: text, time: 0.25,
                                 outcome: .failure(message: text, type: text, body: text),
                                 file: text, line: 3, systemOut: text),
            JUnitReport.TestCase(classname: text, name: "skip", outcome: .skipped(message: text)),
            JUnitReport.TestCase(classname: text, name: "err", outcome: .error(message: text, body: text)),
        ], timestamp: "2025-01-31T12:00:00"),
    ])
}

/// The report as it reads back: the times the writer computed become explicit.
private func withWrittenTimes(_ report: JUnitReport) -> JUnitReport {
    var result = report
    result.time = report.totalTime
    for k in result.suites.indices { result.suites[k].time = result.suites[k].totalTime }
    return result
}

@Suite struct JUnitReportTests {
    static let texts: [RoundTripCase] = [
        RoundTripCase("plain", "pyproject.toml"),
        RoundTripCase("markup", #"<a href="x">&amp; 'q' & </a> ]]> --"#),
        RoundTripCase("non-ASCII", "café ☕ 😀 名前"),
        RoundTripCase("whitespace", "  lead\ttab\nline\r\nCRLF\rCR  "),
        RoundTripCase("forbidden controls", "a\u{0}b\u{1B}c\u{7}d\u{FFFE}", readBack: "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}"),
        RoundTripCase("empty", ""),
    ]

    @Test(arguments: texts)
    func roundTrip(_ c: RoundTripCase) throws {
        let written = try report(c.text).write()
        let parsed = try JUnitReport.parse(xml: written)
        #expect(parsed == withWrittenTimes(report(c.readBack)))
    }

    @Test func document() throws {
        let xml = try report("a<b").xml()
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="a&lt;b" tests="3" failures="1" errors="1" skipped="1" time="0.250">
              <testsuite name="a&lt;b" tests="3" failures="1" errors="1" skipped="1" time="0.250" timestamp="2025-01-31T12:00:00">
                <testcase classname="a&lt;b" name="a&lt;b" time="0.250" file="a&lt;b" line="3">
                  <failure message="a&lt;b" type="a&lt;b">a&lt;b</failure>
                  <system-out>a&lt;b</system-out>
                </testcase>
                <testcase classname="a&lt;b" name="skip" time="0.000">
                  <skipped message="a&lt;b"/>
                </testcase>
                <testcase classname="a&lt;b" name="err" time="0.000">
                  <error message="a&lt;b">a&lt;b</error>
                </testcase>
              </testsuite>
            </testsuites>

            """)
    }

    @Test func emptyReport() throws {
        let xml = try JUnitReport(name: "pepcheck").xml()
        #expect(xml == """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="pepcheck" tests="0" failures="0" errors="0" skipped="0" time="0.000"/>

            """)
        #expect(try JUnitReport.parse(xml: xml) == JUnitReport(name: "pepcheck", time: 0))
    }

    struct TimeCase: Sendable, CustomStringConvertible {
        var seconds: Double
        var text: String
        var description: String { text }
    }

    static let times: [TimeCase] = [
        TimeCase(seconds: 0, text: "0.000"), TimeCase(seconds: 0.0004, text: "0.000"),
        TimeCase(seconds: 0.0005, text: "0.001"), TimeCase(seconds: 1.5, text: "1.500"),
        TimeCase(seconds: 61.0125, text: "61.013"), TimeCase(seconds: -1, text: "0.000"),
        TimeCase(seconds: .nan, text: "0.000"), TimeCase(seconds: .infinity, text: "0.000"),
    ]

    @Test(arguments: times)
    func timeFormat(_ c: TimeCase) throws {
        let r = JUnitReport(name: "t", suites: [
            JUnitReport.TestSuite(name: "s", cases: [JUnitReport.TestCase(classname: "c", name: "n", time: c.seconds)]),
        ])
        #expect(try r.xml().contains(#"<testcase classname="c" name="n" time="\#(c.text)"/>"#))
    }

    struct BadCase: Sendable, CustomStringConvertible {
        var name: String
        var xml: String
        var kind: ReportError.Kind
        var description: String { name }
    }

    static let billionLaughs: String = {
        var dtd = #"<!ENTITY e0 "lol">"#
        for k in 1...10 { dtd += "<!ENTITY e\(k) \"" + String(repeating: "&e\(k - 1);", count: 10) + "\">" }
        return "<!DOCTYPE t [\(dtd)]><testsuite name=\"&e10;\"/>"
    }()

    static let bad: [BadCase] = [
        BadCase(name: "empty input", xml: "", kind: .invalidXML),
        BadCase(name: "not XML", xml: "<testsuites", kind: .invalidXML),
        BadCase(name: "wrong root", xml: "<html/>", kind: .invalidJUnit),
        BadCase(name: "miscounted tests", xml: #"<testsuites tests="2"><testsuite><testcase name="a"/></testsuite></testsuites>"#,
                kind: .invalidJUnit),
        BadCase(name: "miscounted failures",
                xml: #"<testsuite failures="0"><testcase name="a"><failure message="m"/></testcase></testsuite>"#,
                kind: .invalidJUnit),
        BadCase(name: "testcase without name", xml: "<testsuite><testcase/></testsuite>", kind: .invalidJUnit),
        BadCase(name: "two results", xml: #"<testsuite><testcase name="a"><failure/><error/></testcase></testsuite>"#,
                kind: .invalidJUnit),
        BadCase(name: "bad time", xml: #"<testsuite time="soon"/>"#, kind: .invalidJUnit),
        BadCase(name: "external entity is not fetched",
                xml: #"<!DOCTYPE t [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]><testsuite name="&x;"/>"#,
                kind: .invalidXML),
        BadCase(name: "entity expansion bomb", xml: billionLaughs, kind: .invalidXML),
    ]

    @Test(arguments: bad)
    func rejects(_ c: BadCase) {
        #expect {
            _ = try JUnitReport.parse(xml: c.xml)
        } throws: { error in
            (error as? ReportError)?.kind == c.kind
        }
    }

    @Test func readsForeignDocument() throws {
        // CDATA, a single <testsuite> root, attributes we do not model, and no times.
        let xml = """
            <?xml version="1.0"?>
            <testsuite name="other" tests="2" hostname="h">
              <properties><property name="p" value="v"/></properties>
              <testcase classname="k" name="one"><failure message="boom"><![CDATA[x < y & z]]></failure></testcase>
              <testcase name="two"/>
            </testsuite>
            """
        let parsed = try JUnitReport.parse(xml: xml)
        #expect(parsed.name == "other")
        #expect(parsed.suites.count == 1)
        #expect(parsed.suites[0].cases == [
            JUnitReport.TestCase(classname: "k", name: "one", outcome: .failure(message: "boom", body: "x < y & z")),
            JUnitReport.TestCase(classname: "", name: "two"),
        ])
        #expect(parsed.suites[0].time == nil)
    }

    @Test func fromDiagnostics() throws {
        let r = JUnitReport(diagnostics: Fixtures.all, sources: Fixtures.sources,
                            checkedFiles: ["clean/pyproject.toml", "pyproject.toml"])
        #expect(r.suites.map(\.name) == ["clean/pyproject.toml", "pyproject.toml", "setup.cfg"])
        #expect(r.tests == 4)
        #expect(r.failures == 3)
        #expect(r.suites[0].cases == [
            JUnitReport.TestCase(classname: "clean/pyproject.toml", name: "lint", file: "clean/pyproject.toml"),
        ])
        #expect(r.suites[1].cases[0] == JUnitReport.TestCase(
            classname: "pyproject.toml", name: "PC101 at 4:13",
            outcome: .failure(
                message: "expected version after `>=`, found `;`", type: "PC101",
                body: "pyproject.toml:4:13: PC101 expected version after `>=`, found `;`\nhelp: write a version after `>=`, for example `>=2.31`"),
            file: "pyproject.toml", line: 4))
        #expect(r.suites[1].cases[1].name == "PC201 at 2:9")
        #expect(r.suites[2].cases[0].name == "PC301")
        #expect(r.suites[2].cases[0].line == nil)
        #expect(try JUnitReport.parse(xml: r.write()) == withWrittenTimes(r))
    }
}
