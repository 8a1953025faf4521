import Testing

@testable import JSON

@Suite("JSON reading and writing")
struct JSONTests {
    struct RoundTrip: CustomTestStringConvertible, Sendable {
        var text: String
        var serialized: String
        var testDescription: String { text }
    }

    @Test(arguments: [
        RoundTrip(text: #"{"a": 1, "b": [true, false, null]}"#, serialized: #"{"a":1,"b":[true,false,null]}"#),
        RoundTrip(text: #"[123456789012345678901234567890]"#, serialized: #"[123456789012345678901234567890]"#),
        RoundTrip(text: #""\u00e9\ud83d\ude00\n\"""#, serialized: "\"é😀\\n\\\"\""),
        RoundTrip(text: #"{"z": 0, "a": -1.5e3}"#, serialized: #"{"z":0,"a":-1.5e3}"#),
        RoundTrip(text: " [ ] ", serialized: "[]"),
        RoundTrip(text: #""\u0001""#, serialized: #""\u0001""#),
    ])
    func roundTrip(_ c: RoundTrip) throws {
        #expect(try JSONParser.parse(c.text).serialized == c.serialized)
    }

    struct Invalid: CustomTestStringConvertible, Sendable {
        var text: String
        var message: String
        var testDescription: String { text }
    }

    @Test(arguments: [
        Invalid(text: "", message: "expected a JSON value, found end of input"),
        Invalid(text: "[1,]", message: "expected a JSON value, found `]`"),
        Invalid(text: "{\"a\" 1}", message: "expected `:`, found `1`"),
        Invalid(text: "01", message: "expected a number without leading zeros"),
        Invalid(text: "\"abc", message: "expected `\"` to close the string, found end of input"),
        Invalid(text: "tru", message: "expected `true`, found `t`"),
        Invalid(text: "[1] x", message: "expected end of input, found `x`"),
        Invalid(text: "\"\\x\"", message: "expected a JSON escape, found `x`"),
    ])
    func rejects(_ c: Invalid) {
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(c.text) }
        do {
            _ = try JSONParser.parse(c.text)
        } catch {
            #expect(error.message == c.message)
        }
    }

    struct Duplicate: CustomTestStringConvertible, Sendable {
        var text: String
        var offset: Int?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Duplicate(text: #"{"a": 1, "a": 2}"#, offset: 9),
        Duplicate(text: #"{"a": 1, "b": {"c": 1, "c": 1}}"#, offset: 23),
        Duplicate(text: #"[{"a": 1}, {"a": 2}]"#, offset: nil),
        Duplicate(text: #"{"a": {"a": 1}}"#, offset: nil),
        Duplicate(text: #"{"\u0061": 1, "a": 2}"#, offset: 14),
    ])
    func duplicateKeysAreKeptOrRejected(_ c: Duplicate) throws {
        // By default every member is kept, in order; lookups find the first.
        let kept = try JSONParser.parse(c.text)
        #expect(kept.serialized.isEmpty == false)
        do {
            let value = try JSONParser.parse(c.text, rejectingDuplicateKeys: true)
            #expect(c.offset == nil, "accepted \(value.serialized)")
        } catch {
            #expect(error.offset == c.offset)
            #expect(error.message.hasPrefix("expected each key once in an object, found `"))
        }
    }

    @Test func duplicateKeysAreKeptInOrderByDefault() throws {
        let value = try JSONParser.parse(#"{"a": 1, "a": 2}"#)
        #expect(value["a"] == JSONValue(1))
        #expect(value.serialized == #"{"a":1,"a":2}"#)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.Error.self) { try JSONParser.parse(deep) }
    }

    @Test func invalidUTF8IsAnErrorAtItsByte() {
        #expect(throws: JSONParser.Error(message: "expected UTF-8 text in a string, found byte 0xFF", offset: 3)) {
            try JSONParser.parse(bytes: [0x22, 0x61, 0x62, 0xFF, 0x22])
        }
        #expect(throws: JSONParser.Error(message: "expected a JSON value, found byte 0xFF", offset: 1)) {
            try JSONParser.parse(bytes: [0x5B, 0xFF, 0x5D])
        }
    }

    @Test func objectsCompareAsMaps() throws {
        let a = try JSONParser.parse(#"{"x": 1, "y": [1, 2]}"#)
        let b = try JSONParser.parse(#"{"y": [1, 2], "x": 1}"#)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(try JSONParser.parse("[1, 2]") != JSONParser.parse("[2, 1]"))
        #expect(try JSONParser.parse("007".dropFirst(2).description) == JSONParser.parse("7"))
        #expect(try JSONParser.parse("true") != JSONParser.parse("1"))
    }

    /// Found by the `protocol` fuzz target: with a key given twice, a value was not equal
    /// to itself (each member was looked up by its key, which found the first one).
    @Test func repeatedKeysCompareInOrder() throws {
        let twice = try JSONParser.parse(#"{"input":"s","input":""}"#)
        #expect(twice == twice)
        #expect(try twice == JSONParser.parse(JSONParser.parse(#"{"input":"s","input":""}"#).serialized))
        #expect(try twice != JSONParser.parse(#"{"input":"","input":"s"}"#))
        #expect(try twice != JSONParser.parse(#"{"input":"s","input":"s"}"#))
        #expect(try JSONParser.parse(#"{"a":1,"b":2,"a":3}"#) == JSONParser.parse(#"{"b":2,"a":1,"a":3}"#))
    }
}
