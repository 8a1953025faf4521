import Diagnostics
import SystemIO
import TOML
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Lints pyproject.toml files: reads them, builds the model, runs the enabled rules and
/// returns the diagnostics, sorted by position within each file. Files are written only
/// when asked to fix them (``lint(paths:fix:)``), and then atomically.
public struct Linter: Sendable {
    /// Files above this size are refused (``InputProblem/tooLarge``).
    public static let maximumFileSize = 10 * 1024 * 1024

    /// Choices from the command line, applied on top of each file's `[tool.pepcheck]`.
    public var overrides: Configuration

    public init(overrides: Configuration = Configuration(select: nil)) {
        self.overrides = overrides
    }

    /// Lints files and directories (see `FileDiscovery`). With `fix`, the fixes findings
    /// carry are applied (``Fixer``) and each changed file is replaced atomically (a regular
    /// file only, or the regular file a link points to; anything else is left alone and
    /// reported); the result then holds the findings that remain and those fixed.
    public func lint(paths: [String], fix: Bool = false) -> LintResult {
        var result = LintResult()
        for found in FileDiscovery.files(in: paths) {
            switch found {
            case .problem(let path, let message):
                result.checkedFiles.append(path)
                result.diagnostics.append(InputProblem.unreadable.diagnostic(file: path, message: message))
            case .file(let path, let walked):
                result.checkedFiles.append(path)
                switch Self.contents(of: path, regularOnly: walked) {
                case .failure(let failure):
                    result.diagnostics.append(failure.diagnostic)
                case .success(let bytes):
                    let source = SourceFile(path: path, bytes: bytes)
                    guard fix else {
                        result.sources[path] = source
                        result.diagnostics += lint(source)
                        continue
                    }
                    let outcome = self.fix(source)
                    if !outcome.fixed.isEmpty, let failure = Self.write(outcome.bytes, to: path) {
                        result.writeFailures.append(failure)
                        result.sources[path] = source
                        result.diagnostics += lint(source)
                        continue
                    }
                    result.sources[path] = SourceFile(path: path, bytes: outcome.bytes)
                    result.diagnostics += outcome.remaining
                    result.fixed += outcome.fixed
                }
            }
        }
        return result
    }

    /// The fixes findings carry applied to one file's contents in memory (``Fixer``), as
    /// ``lint(paths:fix:)`` applies them before it writes the file.
    public func fix(_ source: SourceFile) -> FixOutcome {
        Fixer(linter: self).fix(source)
    }

    /// Lints one file's contents. Invalid UTF-8, NUL bytes and a byte order mark are
    /// reported as ``InputProblem`` diagnostics.
    public func lint(_ source: SourceFile) -> [Diagnostic] {
        let bytes = source.bytes
        if let nul = bytes.firstIndex(of: 0) {
            return [InputProblem.binary.diagnostic(file: source.path, message: "expected a text file, found a NUL byte", span: nul..<nul + 1)]
        }
        // The TOML reader's validation (eight ASCII bytes at a time), run first here because
        // invalid UTF-8 is an input problem rather than a syntax error.
        if let bad = bytes.withUnsafeBufferPointer({ firstInvalidUTF8(in: $0)?.lowerBound }) {
            return [InputProblem.invalidUTF8.diagnostic(
                file: source.path, message: "expected UTF-8, found byte 0x\(String(bytes[bad], radix: 16, uppercase: true))",
                span: bad..<bad + 1)]
        }
        var diagnostics: [Diagnostic] = []
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            diagnostics.append(InputProblem.byteOrderMark.diagnostic(
                file: source.path, message: "expected TOML text, found a UTF-8 byte order mark", span: 0..<3))
        }
        let document = PyProject(source: source)
        var findings = Findings(file: source.path)
        // Invalid TOML and invalid configuration are reported whatever the selection says,
        // and stop the rules: a file that does not parse has nothing to check, and one whose
        // configuration is broken would be checked with settings nobody meant.
        InvalidTOMLRule().check(document, &findings)
        InvalidConfigurationRule().check(document, &findings)
        let configurationIsBroken = findings.diagnostics.contains {
            $0.code == InvalidConfigurationRule.info.code && $0.severity == .error
        }
        if document.syntaxError == nil && !configurationIsBroken {
            let configuration = document.configuration.overridden(by: overrides)
            var ruleFindings = Findings(file: source.path)
            for rule in RuleRegistry.rules where !RuleSelector.alwaysReported.contains(type(of: rule).info.code)
                && configuration.isEnabled(type(of: rule).info.code) {
                rule.check(document, &ruleFindings)
            }
            diagnostics += ruleFindings.diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                if let severity = configuration.severities[diagnostic.code] { diagnostic.severity = severity }
                return diagnostic
            }
        }
        diagnostics += findings.diagnostics
        return diagnostics.sorted { ($0.span.lowerBound, $0.code) < ($1.span.lowerBound, $1.code) }
    }

    /// Replaces the file at `path` with `bytes` atomically; a message when it cannot.
    static func write(_ bytes: [UInt8], to path: String) -> String? {
        guard FileSystem.kind(of: path) == .regular else {
            return "cannot fix `\(path)`: it is not a regular file"
        }
        do throws(SystemError) {
            try AtomicFile.write(bytes, to: path)
            return nil
        } catch {
            return "cannot fix `\(path)`: \(error.message)"
        }
    }

    /// The bytes of the file at `path` (read as `cat` would, or only when it is a regular
    /// file with `regularOnly`; never more than the limit and one byte), or the input
    /// problem that stops it.
    static func contents(of path: String, regularOnly: Bool = false) -> Result<[UInt8], InputFailure> {
        do throws(SystemError) {
            return .success(try regularOnly ? FileSystem.readRegularFile(path, limit: maximumFileSize)
                                            : FileSystem.readFile(path, limit: maximumFileSize))
        } catch {
            let (problem, message): (InputProblem, String) = switch error.code {
            case 0 where error.operation == "open": (.unreadable, "expected a regular file, found `\(path)`, which is not one")
            case 0: (.tooLarge, "expected a file of at most 10 MB, found a larger one")
            case ENOENT, ENOTDIR: (.unreadable, "expected a file, found nothing at `\(path)`")
            case EACCES, EPERM: (.unreadable, "expected a readable file, found `\(path)` not readable (permission denied)")
            default: (.unreadable, "expected a readable file, found \(error.message)")
            }
            return .failure(InputFailure(problem.diagnostic(file: path, message: message)))
        }
    }
}

/// A read failure as an `Error`, so it fits in a `Result`.
struct InputFailure: Error {
    var diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
