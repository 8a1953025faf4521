import Diagnostics
import Foundation
import Testing

@Suite struct SARIFRendererTests {
    static let rules = [
        DiagnosticRule(
            code: "PC101", name: "invalid-requirement", summary: "Requirement strings must follow PEP 508.",
            explanation: "A dependency that does not parse cannot be installed by any tool.",
            defaultSeverity: .error, helpURI: "https://example.org/rules/PC101"),
    ]

    static func log() throws -> [String: Any] {
        let text = SARIFRenderer(toolVersion: "0.1.0", rules: rules).render(Fixtures.all, sources: Fixtures.sources)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func shape() throws {
        let log = try Self.log()
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "pepcheck")
        #expect(driver["version"] as? String == "0.1.0")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["PC101", "PC201", "PC301"])
        #expect((rules[0]["shortDescription"] as? [String: Any])?["text"] as? String
                == "Requirement strings must follow PEP 508.")
        #expect((rules[0]["defaultConfiguration"] as? [String: Any])?["level"] as? String == "error")
        #expect(rules[0]["helpUri"] as? String == "https://example.org/rules/PC101")
        #expect(rules[1]["helpUri"] == nil)
        #expect((rules[2]["defaultConfiguration"] as? [String: Any])?["level"] as? String == "note")

        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.compactMap { $0["ruleId"] as? String } == ["PC101", "PC201", "PC301"])
        #expect(results.compactMap { $0["ruleIndex"] as? Int } == [0, 1, 2])
        #expect(results.compactMap { $0["level"] as? String } == ["error", "warning", "note"])
        #expect((results[0]["message"] as? [String: Any])?["text"] as? String
                == "expected version after `>=`, found `;`\nhelp: write a version after `>=`, for example `>=2.31`")
        let physical = try #require(
            (results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "pyproject.toml")
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region == ["startLine": 2, "startColumn": 9, "endLine": 2, "endColumn": 13])
        let noSource = try #require(
            (results[2]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect(noSource["region"] == nil)
    }

    @Test func keyOrderIsStable() {
        let text = SARIFRenderer(toolVersion: "1").render([Fixtures.missingVersion], sources: Fixtures.sources)
        #expect(text.hasPrefix("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": ["))
        #expect(text.contains(#""region": {"# + "\n" + #"                  "startLine": 4,"#))
    }

    struct URICase: Sendable, CustomStringConvertible {
        var path: String
        var uri: String
        var description: String { path }
    }

    static let uris: [URICase] = [
        URICase(path: "pyproject.toml", uri: "pyproject.toml"),
        URICase(path: "sub dir/pyproject.toml", uri: "sub%20dir/pyproject.toml"),
        URICase(path: "/abs/café#1.toml", uri: "file:///abs/caf%C3%A9%231.toml"),
    ]

    @Test(arguments: uris)
    func artifactURI(_ c: URICase) throws {
        let diagnostic = Diagnostic(code: "PC1", severity: .error, message: "m", file: c.path, span: 0..<0)
        let text = SARIFRenderer(toolVersion: "1").render([diagnostic], sources: [:])
        #expect(text.contains("\"uri\": \"\(c.uri)\""))
    }

    /// Validates against the official SARIF 2.1.0 JSON schema when
    /// `PEPCHECK_SARIF_SCHEMA` names a copy of it and `python3` has `jsonschema`
    /// (the schema is not vendored here).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PEPCHECK_SARIF_SCHEMA"] != nil,
                   "set PEPCHECK_SARIF_SCHEMA to sarif-schema-2.1.0.json to validate against the schema"))
    func validatesAgainstSchema() throws {
        let schema = ProcessInfo.processInfo.environment["PEPCHECK_SARIF_SCHEMA"]!
        let text = SARIFRenderer(toolVersion: "0.1.0", rules: Self.rules).render(Fixtures.all, sources: Fixtures.sources)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import json,sys,jsonschema; jsonschema.validate(json.load(sys.stdin), json.load(open(sys.argv[1]))); print('valid')",
            schema,
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(printed == "valid\n")
    }
}
