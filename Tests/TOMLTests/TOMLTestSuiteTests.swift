import Foundation
import Testing
import TOML

/// The TOML 1.0.0 part of the official toml-test suite (../shared/toml-test).
@Suite(.enabled(if: SharedTestData.isAvailable, "../shared/toml-test is absent: skipping the toml-test suite"))
struct TOMLTestSuiteTests {
    static let validCases = SharedTestData.listedCases.filter { $0.hasPrefix("valid/") }
    static let invalidCases = SharedTestData.listedCases.filter { $0.hasPrefix("invalid/") }

    @Test func theListIsComplete() {
        #expect(Self.validCases.count > 200)
        #expect(Self.invalidCases.count > 400)
    }

    @Test(arguments: validCases)
    func validCaseDecodesToTheExpectedJSON(path: String) throws {
        let source = try SharedTestData.bytes(path)
        let expectedData = try SharedTestData.bytes(String(path.dropLast(5)) + ".json")
        let expected = try TaggedJSON(json: JSONSerialization.jsonObject(with: Data(expectedData), options: [.fragmentsAllowed]))
        let document: TOMLDocument
        do {
            document = try TOMLDocument(parsing: source)
        } catch {
            Issue.record("\(path) was rejected: \(error)")
            return
        }
        let actual = TaggedJSON(document.root)
        #expect(actual == expected, "\(path)\n got: \(actual)\nwant: \(expected)")
    }

    @Test(arguments: invalidCases)
    func invalidCaseIsRejected(path: String) throws {
        let source = try SharedTestData.bytes(path)
        #expect(throws: TOMLError.self, "\(path)") { try TOMLDocument(parsing: source) }
    }
}
