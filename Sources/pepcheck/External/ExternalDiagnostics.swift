import Diagnostics
import SystemIO
import YAML

/// Turns the errors of pyproject.toml and mapping files into ruff-style diagnostics:
/// `error[kind]: message`, then `--> file:line:column` and the offending line.
enum ExternalDiagnostics {
    static func render(_ diagnostics: [Diagnostic], source: SourceFile?) -> ExternalExit {
        let renderer = HumanRenderer(colour: false)
        return .diagnostics(diagnostics.map { renderer.render($0, source: source) }.joined(separator: "\n"))
    }

    /// A mapping file error. The YAML reader gives a line and column; the byte offset the
    /// renderer needs is recomputed from them, since libyaml counts its offsets in characters.
    static func mappingError(_ error: YAMLError) -> ExternalExit {
        let bytes = try? FileSystem.readFile(error.file)
        guard let bytes else {
            return .badInput("\(error.file):\(error.line):\(error.column): \(error.message) [\(error.code)]")
        }
        let source = SourceFile(path: error.file, bytes: bytes)
        let line = source.lineRange(error.line)
        var offset = line.lowerBound
        var column = 1
        while offset < line.upperBound && column < error.column {
            offset += 1
            while offset < line.upperBound && bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            column += 1
        }
        let diagnostic = Diagnostic(code: error.code.rawValue, severity: .error, message: error.message,
                                    file: error.file, span: offset..<offset)
        return render([diagnostic], source: source)
    }
}
