import Diagnostics
import External
import SystemIO
import TOML

/// Reads the `[external]` table of a project directory or pyproject.toml file.
enum ExternalProjectSource {
    /// The pyproject.toml named by `path` (a file, or a directory holding one), as the
    /// user should see it in messages.
    static func pyprojectPath(_ path: String?) -> String {
        let given = path ?? "."
        guard FileSystem.kind(of: given) == .directory else { return given }
        if given == "." { return "pyproject.toml" }
        return given.hasSuffix("/") ? given + "pyproject.toml" : given + "/pyproject.toml"
    }

    /// The parsed table, empty (with a note on standard error) when the file has none;
    /// exit 2 with every problem rendered as a diagnostic when it is malformed.
    static func load(_ path: String?) throws -> ExternalTable {
        let file = pyprojectPath(path)
        guard let bytes = try? FileSystem.readFile(file) else {
            throw ExternalExit.badInput("expected a readable pyproject.toml, found `\(file)`")
        }
        let source = SourceFile(path: file, bytes: bytes)
        let document: TOMLDocument
        do {
            document = try TOMLDocument(parsing: source.bytes)
        } catch {
            throw ExternalDiagnostics.render(
                [Diagnostic(code: error.code.rawValue, severity: .error, message: error.message, file: file,
                            span: error.span)],
                source: source)
        }
        guard let (table, issues) = ExternalTable.read(pyproject: document) else {
            Output.error("note: \(file) has no [external] table\n")
            return ExternalTable()
        }
        guard issues.isEmpty else {
            throw ExternalDiagnostics.render(
                issues.map {
                    Diagnostic(code: $0.kind.rawValue, severity: .error, message: $0.message, file: file, span: $0.span)
                },
                source: source)
        }
        return table
    }
}
