/// How serious a ``Diagnostic`` is.
///
/// The raw value is the label every renderer prints (`error[PC101]: …`,
/// `"severity": "error"`), so it is stable.
public enum Severity: String, Hashable, Sendable, CaseIterable, Comparable {
    case error
    case warning
    case info

    /// The SARIF 2.1.0 `level` for this severity (`info` maps to `note`).
    public var sarifLevel: String {
        switch self {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    // Most severe first, so sorting puts errors at the top.
    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
