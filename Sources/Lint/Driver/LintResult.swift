import Diagnostics

/// What a lint run found.
public struct LintResult: Sendable {
    /// Findings and input problems, file by file in the order the files were given.
    public var diagnostics: [Diagnostic] = []
    /// The contents of every file read, by the path diagnostics name, for renderers.
    public var sources: [String: SourceFile] = [:]
    /// Every file looked at, in order (for reports that list clean files too).
    public var checkedFiles: [String] = []
    /// With `--fix`: the findings fixed (and written), as they were reported before.
    public var fixed: [Diagnostic] = []
    /// With `--fix`: files that had fixes but could not be written, one message each.
    public var writeFailures: [String] = []

    /// Whether some path could not be read or decoded, or has a `[tool.pepcheck]` that
    /// is not valid configuration (exit code 2).
    public var hasInputProblems: Bool {
        diagnostics.contains {
            InputProblem(rawValue: $0.code) != nil || ($0.code == InvalidConfigurationRule.info.code && $0.severity == .error)
        }
    }

    /// 0 clean, 1 findings (errors; warnings too when `strict`), 2 input problems,
    /// invalid configuration or a fixed file that could not be written. Fixed findings do
    /// not count: what remains decides, as with ruff.
    public func exitCode(strict: Bool) -> Int32 {
        if hasInputProblems || !writeFailures.isEmpty { return 2 }
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        return failing ? 1 : 0
    }
}
