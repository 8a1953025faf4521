import Diagnostics
import JSON
import Lint
import Reports
import TOML

/// A pyproject.toml, linted in memory as `pepcheck lint` lints a file (nothing is
/// written or read from disk). The diagnostics are deterministic, sorted, from known
/// rules, with spans inside the file; the file is reported as invalid TOML exactly
/// when the TOML reader rejects it; every span and string source map of the TOML
/// document lies inside the file; and every output format renders, the JSON, SARIF and
/// JUnit ones to documents that read back with one entry per diagnostic.
///
/// The second lint and the renderers cost as much as the lint itself, so each input
/// runs one of them, chosen by its length (mutations change it often): the target
/// stays fast enough for a soak of ten million inputs.
enum LintTarget {
    static let path = "pyproject.toml"
    static let linter = Linter()
    static let knownCodes = Set(RuleRegistry.all.map(\.code))
    static let sarif = SARIFRenderer(toolVersion: "fuzz", rules: RuleRegistry.all.map(\.diagnosticRule))

    static func run(_ bytes: [UInt8]) {
        let source = SourceFile(path: path, bytes: bytes)
        let diagnostics = linter.lint(source)
        let rotation = bytes.count % 6
        if rotation == 0 {
            require(linter.lint(SourceFile(path: path, bytes: bytes)) == diagnostics, "linting the same bytes twice differs")
        }

        for (index, diagnostic) in diagnostics.enumerated() {
            let span = diagnostic.span
            require(knownCodes.contains(diagnostic.code), "unknown code \(diagnostic.code)")
            require(!diagnostic.message.isEmpty && diagnostic.file == path, "\(diagnostic.code): empty message or wrong file")
            require(span.lowerBound >= 0 && span.upperBound <= bytes.count,
                    "\(diagnostic.code) span \(span) outside the file of \(bytes.count) bytes: \(diagnostic.message)")
            if index > 0 {
                let previous = diagnostics[index - 1]
                require((previous.span.lowerBound, previous.code) <= (span.lowerBound, diagnostic.code),
                        "diagnostics out of order: \(previous.code)@\(previous.span) before \(diagnostic.code)@\(span)")
            }
        }

        let codes = diagnostics.map(\.code)
        if bytes.contains(0) {
            require(codes == ["PC003"], "a file with a NUL byte gives \(codes), expected [PC003]")
        } else if String(validating: bytes, as: UTF8.self) == nil {
            require(codes == ["PC002"], "a file that is not UTF-8 gives \(codes), expected [PC002]")
        } else {
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            require(codes.contains("PC005") == hasBOM, "PC005 disagrees with the byte order mark: \(codes)")
            do {
                let document = try TOMLDocument(parsing: bytes)
                require(!codes.contains("PC100"), "PC100 for a document the TOML reader accepts: \(diagnostics.first { $0.code == "PC100" }!.message)")
                checkDocument(document, bytes)
            } catch {
                require(codes.contains("PC100"), "no PC100 for a document the TOML reader rejects (\(error)): \(codes)")
                require(error.span.lowerBound >= 0 && error.span.lowerBound <= error.span.upperBound && error.span.upperBound <= bytes.count,
                        "TOML error span \(error.span) outside the file: \(error)")
            }
        }
        checkRenderer(rotation, diagnostics, source)
    }

    static func checkDocument(_ document: TOMLDocument, _ bytes: [UInt8]) {
        func inside(_ span: Range<Int>, _ what: String) {
            require(span.lowerBound >= 0 && span.upperBound <= bytes.count, "\(what) span \(span) outside the file of \(bytes.count) bytes")
        }
        for item in document.items { inside(item.span, "item") }
        var pending = [TOMLValue(kind: .table(document.root), span: 0..<0)]
        while let value = pending.popLast() {
            inside(value.span, "value")
            switch value.kind {
            case .table(let table), .inlineTable(let table):
                for entry in table.entries {
                    inside(entry.key.span, "key \(entry.key.name.debugDescription)")
                    pending.append(entry.value)
                }
            case .array(let elements):
                pending += elements
            case .string(let string):
                checkSourceMap(string, bytes)
            default:
                break
            }
        }
    }

    /// Each decoded scalar maps to source bytes inside the string's content, in order:
    /// the same character, an escape (starting with `\`), or a CRLF decoded as `\n`.
    static func checkSourceMap(_ string: TOMLString, _ bytes: [UInt8]) {
        let content = string.contentStart..<string.contentEnd
        require(content.lowerBound >= 0 && content.upperBound <= bytes.count, "string content \(content) outside the file")
        var previous = content.lowerBound
        // The map is walked per scalar (quadratic): the first 64 scalars are enough.
        for (k, scalar) in string.value.unicodeScalars.prefix(64).enumerated() {
            let range = string.sourceRange(forScalarRange: k..<k + 1)
            require(range.lowerBound >= previous && range.upperBound <= content.upperBound,
                    "scalar \(k) of \(string.value.debugDescription) maps to \(range), outside \(previous)..<\(content.upperBound)")
            let source = Array(bytes[range])
            let plain = source == Array(String(scalar).utf8)
            let escape = source.first == UInt8(ascii: "\\")
            let crlf = scalar == "\n" && source == [0x0D, 0x0A]
            require(plain || escape || crlf, "scalar \(k) \(String(scalar).debugDescription) of \(string.value.debugDescription) maps to bytes \(source)")
            previous = range.lowerBound
        }
    }

    /// Renderer `which` (1…5; 0 renders nothing) writes the diagnostics; what tools
    /// read back must hold them all.
    static func checkRenderer(_ which: Int, _ diagnostics: [Diagnostic], _ source: SourceFile) {
        let sources = [path: source]
        switch which {
        case 1:
            let text = HumanRenderer(colour: true, contextLines: 2).render(diagnostics, sources: sources)
            require(!text.isEmpty || diagnostics.isEmpty, "the human renderer printed nothing for \(diagnostics.count) diagnostics")
        case 2:
            let text = ConciseRenderer().render(diagnostics, sources: sources)
            require(text.split(separator: "\n").count >= diagnostics.count, "the concise renderer printed fewer lines than diagnostics")
        case 3:
            do {
                let json = try JSONParser.parse(JSONRenderer().render(diagnostics, sources: sources))
                require(json.arrayValue?.count == diagnostics.count, "the JSON output does not hold \(diagnostics.count) diagnostics")
            } catch {
                violated("the JSON renderer wrote JSON that does not parse: \(error)")
            }
        case 4:
            do {
                let log = try JSONParser.parse(sarif.render(diagnostics, sources: sources))
                let results = log["runs"]?.arrayValue?.first?["results"]?.arrayValue
                require(results?.count == diagnostics.count, "the SARIF log does not hold \(diagnostics.count) results")
            } catch {
                violated("the SARIF renderer wrote JSON that does not parse: \(error)")
            }
        case 5:
            do {
                let xml = try JUnitReport(diagnostics: diagnostics, sources: sources, checkedFiles: [path]).xml()
                let report = try JUnitReport.parse(xml: xml)
                let cases = report.suites.flatMap(\.cases)
                let failures = cases.compactMap { testCase -> String? in
                    if case .failure(_, let type, _) = testCase.outcome { return type }
                    return nil
                }
                require(failures == diagnostics.map(\.code) || (diagnostics.isEmpty && cases.count == 1),
                        "the JUnit report reads back as \(failures), expected \(diagnostics.map(\.code))")
            } catch {
                violated("the JUnit report does not write or read back: \(error)")
            }
        default:
            break
        }
    }
}
