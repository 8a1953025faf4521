import Testing
import TOML

/// Table rules where the spec leaves room, pinned to what Python's tomllib does.
struct TableSemanticsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let source: String
        /// `nil` when the document must be accepted, else the error code.
        let code: String?
        var testDescription: String { source.debugDescription }
    }

    static let cases: [Case] = [
        Case(source: "[a.b.c]\n[a]\nb.d = 1\n", code: nil),
        Case(source: "[a.b.c]\n[a]\nb.d = 1\n[a.b]\n", code: "table-redefined"),
        Case(source: "[a]\nb.c = 1\n[a.b.d]\n", code: nil),
        Case(source: "[a]\nb.c = 1\n[a.b]\n", code: "table-redefined"),
        Case(source: "[[a]]\n[a.b]\n[[a]]\n[a.b]\n", code: nil),
        Case(source: "a = [1]\n[[a]]\n", code: "inline-value-extended"),
        Case(source: "[a]\n[[a]]\n", code: "table-redefined"),
        Case(source: "x = {a.b = 1, a.c = 2}\n", code: nil),
        Case(source: "x = {a = {b = 1}, a.c = 2}\n", code: "inline-value-extended"),
    ]

    @Test(arguments: cases)
    func tableRules(_ c: Case) {
        do {
            _ = try TOMLDocument(parsing: c.source)
            #expect(c.code == nil)
        } catch {
            #expect(error.code.rawValue == c.code)
        }
    }

    @Test func crlfInMultilineStringsDecodesAsLF() throws {
        let document = try TOMLDocument(parsing: "a = \"\"\"x\r\ny\"\"\"\r\nb = '''p\r\nq'''\r\n")
        #expect(document["a"]?.string == "x\ny")
        #expect(document["b"]?.string == "p\nq")
    }

    @Test func dateTimeComponentsAndText() throws {
        let document = try TOMLDocument(parsing: "a = 1979-05-27 07:32:00.999999999123-07:30\nb = 07:32:00\nc = 2000-02-29\n")
        let a = try #require(document["a"]?.dateTime)
        guard case .offsetDateTime = document["a"]?.kind else { Issue.record("kind"); return }
        #expect(a.date == TOMLDateTime.Date(year: 1979, month: 5, day: 27))
        #expect(a.time?.nanosecond == 999_999_999)
        #expect(a.time?.fraction == "999999999123")
        #expect(a.offsetMinutes == -450)
        #expect(a.text == "1979-05-27 07:32:00.999999999123-07:30")
        guard case .localTime(let b) = document["b"]?.kind, case .localDate(let c) = document["c"]?.kind else {
            Issue.record("kinds"); return
        }
        #expect(b.time?.hour == 7 && b.date == nil)
        #expect(c.date?.day == 29 && c.time == nil)
    }
}
