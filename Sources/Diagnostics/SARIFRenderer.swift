import JSON
/// Renders diagnostics as a SARIF 2.1.0 log with one run, for GitHub code scanning
/// and other SARIF consumers.
///
/// `tool.driver.rules` lists the rules the results use, sorted by code, described
/// from ``rules`` (a code with no description gets one built from its first
/// diagnostic). Regions use SARIF's default column kind, Unicode code points, which
/// is how ``SourceFile`` counts columns; `endColumn` is exclusive. Relative paths
/// become relative URI references, absolute ones `file://` URIs, percent-encoded.
public struct SARIFRenderer: Sendable {
    public var toolVersion: String
    public var informationURI: String
    /// Descriptions of rules by code.
    public var rules: [String: DiagnosticRule]

    public init(
        toolVersion: String, informationURI: String = "https://github.com/pepcheck/pepcheck",
        rules: [DiagnosticRule] = []
    ) {
        self.toolVersion = toolVersion
        self.informationURI = informationURI
        self.rules = Dictionary(rules.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The log, pretty-printed, ending with a newline.
    public func render(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> String {
        log(diagnostics, sources: sources).prettyPrinted + "\n"
    }

    /// The log as a JSON value.
    public func log(_ diagnostics: [Diagnostic], sources: [String: SourceFile]) -> JSONValue {
        var used: [String: DiagnosticRule] = [:]
        for diagnostic in diagnostics where used[diagnostic.code] == nil {
            used[diagnostic.code] = rules[diagnostic.code] ?? DiagnosticRule(
                code: diagnostic.code, name: diagnostic.code, summary: diagnostic.message,
                explanation: diagnostic.message, defaultSeverity: diagnostic.severity)
        }
        let ruleList = used.values.sorted { $0.code < $1.code }
        let ruleIndex = Dictionary(uniqueKeysWithValues: ruleList.enumerated().map { ($1.code, $0) })
        let driver: JSONValue = .object([
            ("name", .string("pepcheck")),
            ("version", .string(toolVersion)),
            ("informationUri", .string(informationURI)),
            ("rules", .array(ruleList.map(describe))),
        ])
        let results = diagnostics.map { result($0, source: sources[$0.file], ruleIndex: ruleIndex[$0.code]!) }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([("tool", .object([("driver", driver)])), ("results", .array(results))])])),
        ])
    }

    private func describe(_ rule: DiagnosticRule) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.code)),
            ("name", .string(rule.name)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.explanation))])),
            ("defaultConfiguration", .object([("level", .string(rule.defaultSeverity.sarifLevel))])),
        ]
        if let uri = rule.helpURI { members.append(("helpUri", .string(uri))) }
        return .object(members)
    }

    private func result(_ diagnostic: Diagnostic, source: SourceFile?, ruleIndex: Int) -> JSONValue {
        var physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(Self.uri(diagnostic.file)))]))]
        if let source {
            let start = source.location(of: diagnostic.span.lowerBound)
            let end = source.location(of: max(diagnostic.span.upperBound, diagnostic.span.lowerBound))
            physical.append(("region", .object([
                ("startLine", JSONValue(start.line)), ("startColumn", JSONValue(start.column)),
                ("endLine", JSONValue(end.line)), ("endColumn", JSONValue(end.column)),
            ])))
        }
        let text = ([diagnostic.message] + diagnostic.help.map { "help: " + $0 }).joined(separator: "\n")
        return .object([
            ("ruleId", .string(diagnostic.code)),
            ("ruleIndex", JSONValue(ruleIndex)),
            ("level", .string(diagnostic.severity.sarifLevel)),
            ("message", .object([("text", .string(text))])),
            ("locations", .array([.object([("physicalLocation", .object(physical))])])),
        ])
    }

    /// A path as a URI reference: unreserved characters and `/` kept, everything
    /// else percent-encoded byte by byte.
    static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
