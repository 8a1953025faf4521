import External
import Foundation

/// Reads the `[external]` table of a project directory or pyproject.toml file.
///
/// The TOML → ``ExternalValue`` bridge belongs to the lint integration (the TOML module
/// is built on its own branch); until it is wired here, reading a project is an input
/// error, reported as such (exit 2).
enum ExternalProjectSource {
    static func pyprojectPath(_ path: String?) -> String {
        let given = path ?? "."
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory), isDirectory.boolValue {
            return (given as NSString).appendingPathComponent("pyproject.toml")
        }
        return given
    }

    /// The parsed table; exit 2 with every issue listed when it is malformed.
    static func load(_ path: String?) throws -> ExternalTable {
        let file = pyprojectPath(path)
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ExternalExit.badInput("expected a readable pyproject.toml, found `\(file)`")
        }
        guard let value = try readExternalValue(file) else { return ExternalTable() }
        let (table, issues) = ExternalTable.read(value)
        guard issues.isEmpty else {
            throw ExternalExit.badInput(issues.map { "\(file): \($0)" }.joined(separator: "\n"))
        }
        return table
    }

    /// `nil` when the file has no `[external]` table.
    private static func readExternalValue(_ file: String) throws -> ExternalValue? {
        throw ExternalExit.badInput("reading \(file) needs the TOML reader, not yet connected to `pepcheck external`")
    }
}
