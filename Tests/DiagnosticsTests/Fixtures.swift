import Diagnostics

/// A small lint run shared by the renderer tests: a tab-indented line, non-ASCII text,
/// and a diagnostic whose file is not available.
enum Fixtures {
    static let pyprojectText = "[project]\nname = \"café\"\ndependencies = [\n\t\"requests>=;python_version<'3'\",\n]\n"
    static let pyproject = SourceFile(path: "pyproject.toml", text: pyprojectText)
    static let sources = ["pyproject.toml": pyproject]

    static let missingVersion = Diagnostic(
        code: "PC101", severity: .error, message: "expected version after `>=`, found `;`",
        file: "pyproject.toml", span: 54..<55, help: ["write a version after `>=`, for example `>=2.31`"])
    static let unnormalizedName = Diagnostic(
        code: "PC201", severity: .warning, message: "name `café` is not a valid \"distribution\" name",
        file: "pyproject.toml", span: 18..<23, notes: ["names are ASCII\tletters"], fix: "cafe")
    static let elsewhere = Diagnostic(
        code: "PC301", severity: .info, message: "file not read", file: "setup.cfg", span: 0..<0)

    static let all = [missingVersion, unnormalizedName, elsewhere]
}
