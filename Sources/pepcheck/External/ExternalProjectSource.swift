import Diagnostics
import External
import Foundation
import TOML

/// Reads the `[external]` table of a project directory or pyproject.toml file.
enum ExternalProjectSource {
    /// The pyproject.toml named by `path` (a file, or a directory holding one), as the
    /// user should see it in messages.
    static func pyprojectPath(_ path: String?) -> String {
        let given = path ?? "."
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory), isDirectory.boolValue {
            return given == "." ? "pyproject.toml" : (given as NSString).appendingPathComponent("pyproject.toml")
        }
        return given
    }

    /// The parsed table, empty (with a note on standard error) when the file has none;
    /// exit 2 with every problem rendered as a diagnostic when it is malformed.
    static func load(_ path: String?) throws -> ExternalTable {
        let file = pyprojectPath(path)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ExternalExit.badInput("expected a readable pyproject.toml, found `\(file)`")
        }
        let source = SourceFile(path: file, bytes: [UInt8](data))
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
