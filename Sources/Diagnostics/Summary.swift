/// The closing line of a lint run, for example
/// `Found 3 errors and 1 warning in 2 files.`
public struct Summary: Hashable, Sendable, CustomStringConvertible {
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// Files with at least one diagnostic.
    public var files: Int

    public init(errors: Int, warnings: Int, infos: Int, files: Int) {
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
        self.files = files
    }

    /// Counts `diagnostics` by severity and distinct ``Diagnostic/file``.
    public init(_ diagnostics: [Diagnostic]) {
        self.init(
            errors: diagnostics.count { $0.severity == .error },
            warnings: diagnostics.count { $0.severity == .warning },
            infos: diagnostics.count { $0.severity == .info },
            files: Set(diagnostics.map(\.file)).count)
    }

    /// `No problems found.` or `Found …` with the non-zero counts.
    public var description: String {
        let parts = [(errors, "error", "errors"), (warnings, "warning", "warnings"), (infos, "note", "notes")]
            .filter { $0.0 > 0 }
            .map { Self.count($0.0, $0.1, $0.2) }
        guard let last = parts.last else { return "No problems found." }
        let list = parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
        return "Found \(list) in \(Self.count(files, "file", "files"))."
    }

    private static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
        "\(n) \(n == 1 ? singular : plural)"
    }
}
