import Diagnostics

/// Why a file could not be linted at all. These make `pepcheck lint` exit with 2
/// (an input error), unlike rule findings, and no selection hides them
/// (``RuleSelector/alwaysReported``).
public enum InputProblem: String, CaseIterable, Sendable {
    case unreadable = "PC001"
    case invalidUTF8 = "PC002"
    case binary = "PC003"
    case tooLarge = "PC004"
    case byteOrderMark = "PC005"

    public var info: RuleInfo {
        switch self {
        case .unreadable:
            RuleInfo(code: rawValue, name: "unreadable-file", severity: .error,
                     summary: "A path cannot be read (missing, not permitted, not a file).",
                     rationale: "Nothing can be checked; CI should notice rather than pass silently.",
                     example: "pepcheck lint missing/pyproject.toml", fix: "Check the path and its permissions.")
        case .invalidUTF8:
            RuleInfo(code: rawValue, name: "invalid-utf8", severity: .error,
                     summary: "The file is not valid UTF-8.",
                     rationale: "TOML documents must be UTF-8; every parser rejects the file.",
                     example: "name = \"caf\\xE9\" (Latin-1 bytes)", fix: "Re-save the file as UTF-8.")
        case .binary:
            RuleInfo(code: rawValue, name: "binary-file", severity: .error,
                     summary: "The file contains NUL bytes.",
                     rationale: "It is not a text file, so not a pyproject.toml; usually a wrong path.",
                     example: "pepcheck lint image.png", fix: "Point pepcheck at the pyproject.toml.")
        case .tooLarge:
            RuleInfo(code: rawValue, name: "file-too-large", severity: .error,
                     summary: "The file is larger than 10 MB.",
                     rationale: "No real pyproject.toml is that large; refusing keeps memory bounded.",
                     example: "a generated 50 MB file", fix: "Check the path; split generated data out of pyproject.toml.")
        case .byteOrderMark:
            RuleInfo(code: rawValue, name: "byte-order-mark", severity: .error,
                     summary: "The file starts with a UTF-8 byte order mark.",
                     rationale: "TOML does not allow a BOM; tomllib and other strict parsers reject the file. The rest of the file is still checked.",
                     example: "EF BB BF then [project]", fix: "Save the file without a BOM.")
        }
    }

    /// A diagnostic for `file` (the whole file when there is no better span).
    func diagnostic(file: String, message: String, span: Range<Int> = 0..<0) -> Diagnostic {
        Diagnostic(code: rawValue, severity: info.severity, message: message, file: file, span: span)
    }
}
