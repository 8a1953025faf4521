import Testing
@testable import Conformance
import JSON

@Suite("pepcheck's side of the adapter protocol")
struct ProtocolServerTests {
    struct Exchange: CustomTestStringConvertible, Sendable {
        var request: String
        var response: String
        var testDescription: String { request }
    }

    @Test(arguments: [
        Exchange(request: #"{"id": 7, "op": "version.compare", "left": "1.0rc1", "right": "1.0"}"#,
                 response: #"{"id":7,"ok":true,"result":-1}"#),
        Exchange(request: #"{"id": [1], "op": "version.compare", "left": "1.0", "right": "1.0.0+0"}"#,
                 response: #"{"id":[1],"ok":true,"result":-1}"#),
        Exchange(request: #"{"id": 1, "op": "version.parse", "input": "1!2.0.99999999999999999999999-1"}"#,
                 response: #"{"id":1,"ok":true,"result":{"normalized":"1!2.0.99999999999999999999999.post1","public":"1!2.0.99999999999999999999999.post1","base_version":"1!2.0.99999999999999999999999","epoch":1,"release":[2,0,99999999999999999999999],"pre":null,"post":1,"dev":null,"local":null,"is_prerelease":false,"is_postrelease":true,"is_devrelease":false}}"#),
        Exchange(request: #"{"id": 1, "op": "version.parse", "input": "1.0.x"}"#,
                 response: #"{"id":1,"ok":false,"error":{"kind":"invalid-version","span":[3,5]}}"#),
        Exchange(request: #"{"id": 1, "op": "specifier.parse", "input": "<2, >=1"}"#,
                 response: #"{"id":1,"ok":true,"result":{"normalized":"<2,>=1"}}"#),
        Exchange(request: #"{"id": 1, "op": "specifier.contains", "specifier": ">=1", "version": "2.0b1", "prereleases": false}"#,
                 response: #"{"id":1,"ok":true,"result":false}"#),
        Exchange(request: #"{"id": 1, "op": "specifier.filter", "specifier": ">=1", "versions": ["0.9", "1.0", "2.0b1", "1.0.0", "junk"], "prereleases": null}"#,
                 response: #"{"id":1,"ok":true,"result":["1.0","1.0.0"]}"#),
        Exchange(request: #"{"id": 1, "op": "specifier.filter", "specifier": ">=1", "versions": ["0.9", "2.0b1"], "prereleases": null}"#,
                 response: #"{"id":1,"ok":true,"result":["2.0b1"]}"#),
        // `===` matches text that is not a version (PEP 440's escape hatch), as packaging's do.
        Exchange(request: #"{"id": 1, "op": "specifier.filter", "specifier": "===foobar", "versions": ["foobar", "foo", "bar", "FOOBAR"], "prereleases": null}"#,
                 response: #"{"id":1,"ok":true,"result":["foobar","FOOBAR"]}"#),
        Exchange(request: #"{"id": 1, "op": "specifier.filter", "specifier": "", "versions": ["1.0a1", "junk", "1.0"], "prereleases": null}"#,
                 response: #"{"id":1,"ok":true,"result":["junk","1.0"]}"#),
        Exchange(request: #"{"id": 1, "op": "specifier.contains", "specifier": "===foobar", "version": "FooBar", "prereleases": false}"#,
                 response: #"{"id":1,"ok":true,"result":true}"#),
        Exchange(request: #"{"id": 1, "op": "specifier.contains", "specifier": ">=1", "version": "junk", "prereleases": null}"#,
                 response: #"{"id":1,"ok":true,"result":false}"#),
        Exchange(request: #"{"id": 1, "op": "specifier.contains", "specifier": "===1.0", "version": "1.0.0", "prereleases": null}"#,
                 response: #"{"id":1,"ok":true,"result":false}"#),
        Exchange(request: #"{"id": 1, "op": "requirement.parse", "input": "A.B[Z,y] @ https://x/y.whl ; os_name=='nt'"}"#,
                 response: #"{"id":1,"ok":true,"result":{"name":"A.B","extras":["Z","y"],"specifier":"","url":"https://x/y.whl","marker":"os_name == \"nt\"","normalized":"A.B[Z,y] @ https://x/y.whl ; os_name == \"nt\""}}"#),
        Exchange(request: #"{"id": 1, "op": "marker.evaluate", "marker": "\"Dev\" in dependency_groups", "environment": {"dependency_groups": ["dev"]}, "context": "lock_file"}"#,
                 response: #"{"id":1,"ok":true,"result":true}"#),
        Exchange(request: #"{"id": 1, "op": "marker.evaluate", "marker": "os_name == 'nt'", "environment": {}, "context": "requirement"}"#,
                 response: #"{"id":1,"ok":false,"error":{"kind":"undefined-environment-name"}}"#),
        Exchange(request: #"{"id": 1, "op": "marker.evaluate", "marker": "os_name == 'nt'", "environment": {"os_name": 3}}"#,
                 response: #"{"id":1,"ok":false,"error":{"kind":"bad-request"}}"#),
        Exchange(request: #"{"id": 1, "op": "marker.evaluate", "marker": "os_name == 'nt'", "environment": {}, "context": "wheel"}"#,
                 response: #"{"id":1,"ok":false,"error":{"kind":"bad-request"}}"#),
        Exchange(request: #"{"id": 1, "op": "marker.and", "left": "python_version < '3.11'", "right": "sys_platform == 'linux' or sys_platform == 'darwin'"}"#,
                 response: #"{"id":1,"ok":true,"result":{"normalized":"python_version < \"3.11\" and (sys_platform == \"darwin\" or sys_platform == \"linux\")"}}"#),
        Exchange(request: #"{"id": 1, "op": "marker.or", "left": "extra == 'a'", "right": "extra != 'a'"}"#,
                 response: #"{"id":1,"ok":true,"result":{"normalized":""}}"#),
        Exchange(request: #"{"id": 1, "op": "marker.not", "input": "python_version >= '3.9'"}"#,
                 response: #"{"id":1,"ok":true,"result":{"normalized":"python_version < \"3.9\""}}"#),
        Exchange(request: #"{"id": 1, "op": "marker.not", "input": "python_full_version > '3.9'"}"#,
                 response: #"{"id":1,"ok":false,"error":{"kind":"not-expressible"}}"#),
        Exchange(request: #"{"id": 1, "op": "marker.simplify", "input": "python_version >= '3.9' and os_name == 'nt'", "requires_python": ">=3.10"}"#,
                 response: #"{"id":1,"ok":true,"result":{"normalized":"os_name == \"nt\""}}"#),
        Exchange(request: #"{"id": 1, "op": "marker.simplify", "input": "os_name == 'nt'", "requires_python": ">=3.10,,"}"#,
                 response: #"{"id":1,"ok":false,"error":{"kind":"invalid-specifier"}}"#),
        Exchange(request: #"{"id": 1, "op": "marker.is_always_true", "input": "python_full_version < '3.9' or python_full_version >= '3.9'"}"#,
                 response: #"{"id":1,"ok":true,"result":false}"#),
        Exchange(request: #"{"id": 1, "op": "marker.is_always_false", "input": "extra == 'a' and extra == 'b'"}"#,
                 response: #"{"id":1,"ok":true,"result":true}"#),
        Exchange(request: #"{"id": 1, "op": "marker.implies", "left": "python_full_version >= '3.9'", "right": "python_version >= '3.9'"}"#,
                 response: #"{"id":1,"ok":true,"result":true}"#),
        Exchange(request: #"{"id": 1, "op": "marker.disjoint", "left": "sys_platform == 'linux'", "right": "platform_system == 'Windows'"}"#,
                 response: #"{"id":1,"ok":true,"result":false}"#),
        Exchange(request: #"{"id": 1, "op": "marker.disjoint", "left": "sys_platform ==", "right": "os_name == 'nt'"}"#,
                 response: #"{"id":1,"ok":false,"error":{"kind":"invalid-marker"}}"#),
        Exchange(request: #"{"id": 1, "op": "frobnicate"}"#,
                 response: #"{"id":1,"ok":false,"error":{"kind":"unknown-op"}}"#),
        Exchange(request: #"{"id": 1}"#,
                 response: #"{"id":1,"ok":false,"error":{"kind":"bad-request"}}"#),
        Exchange(request: #"[1, 2]"#,
                 response: #"{"id":null,"ok":false,"error":{"kind":"bad-request"}}"#),
        Exchange(request: #"{"id": 1, "op": "version.parse""#,
                 response: #"{"id":null,"ok":false,"error":{"kind":"bad-request"}}"#),
    ])
    func exchange(_ c: Exchange) throws {
        let actual = ProtocolServer().respond(toLine: c.request)
        let expected = try JSONParser.parse(c.response)
        // Messages are each implementation's own; compare everything else.
        #expect(actual["id"] == expected["id"])
        #expect(actual["ok"] == expected["ok"])
        if expected["ok"]?.boolValue == true {
            #expect(actual["result"] == expected["result"])
        } else {
            #expect(actual["error"]?["kind"] == expected["error"]?["kind"])
            if let span = expected["error"]?["span"] { #expect(actual["error"]?["span"] == span) }
            #expect(actual["error"]?["message"]?.stringValue?.isEmpty == false)
        }
    }

    struct BadLine: CustomTestStringConvertible, Sendable {
        var name: String
        var line: [UInt8]
        var message: String
        var testDescription: String { name }
    }

    /// Every line that is not one JSON object in UTF-8 gets a `bad-request` with a
    /// null id, as Conformance/README.md says (blank lines got nothing, invalid
    /// UTF-8 was repaired and parsed, a duplicate key silently took the first value).
    @Test(arguments: [
        BadLine(name: "empty", line: [], message: "expected a JSON object on one line, found an empty line"),
        BadLine(name: "blanks", line: Array(" \t\r".utf8), message: "expected a JSON object on one line, found an empty line"),
        BadLine(name: "invalid UTF-8", line: Array(#"{"id": 1, "op": "version.parse", "input": "1"#.utf8) + [0xFF, 0x22, 0x7D],
                message: "expected a JSON object on one line: expected UTF-8 text in a string, found byte 0xFF at byte 44"),
        BadLine(name: "a lone continuation byte", line: [0x80], message: "expected a JSON object on one line: expected a JSON value, found byte 0x80 at byte 0"),
        BadLine(name: "duplicate key", line: Array(#"{"id": 1, "op": "version.parse", "op": "version.compare"}"#.utf8),
                message: "expected a JSON object on one line: expected each key once in an object, found `op` again at byte 33"),
        BadLine(name: "duplicate key inside", line: Array(#"{"id": 1, "op": "marker.evaluate", "marker": "os_name == 'nt'", "environment": {"os_name": "nt", "os_name": "posix"}}"#.utf8),
                message: "expected a JSON object on one line: expected each key once in an object, found `os_name` again at byte 97"),
    ])
    func badLine(_ c: BadLine) {
        let response = ProtocolServer().respond(toLine: c.line)
        #expect(response["id"] == .null)
        #expect(response["ok"] == .bool(false))
        #expect(response["error"]?["kind"] == .string("bad-request"))
        #expect(response["error"]?["message"] == .string(c.message))
    }

    @Test func aLineTooLongIsABadRequest() {
        let response = ProtocolServer.lineTooLong(length: 20_000_000)
        #expect(response["error"]?["kind"] == .string("bad-request"))
        #expect(response["error"]?["message"] == .string("expected a request line of at most 16777216 bytes (16 MiB), found 20000000 bytes"))
    }
}
