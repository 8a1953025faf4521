import Diagnostics

/// `[tool.pepcheck]`: which rules run and how severe they are.
///
/// ```toml
/// [tool.pepcheck]
/// select = ["PC1", "PC3"]      # codes or prefixes; default: every rule
/// ignore = ["PC306"]
///
/// [tool.pepcheck.rules.PC306]  # per-rule options, by code or name
/// severity = "error"
/// ```
public struct Configuration: Sendable, Equatable {
    public var select: [String]?
    public var ignore: [String] = []
    /// Severity overrides by rule code.
    public var severities: [String: Severity] = [:]

    public init(select: [String]? = nil, ignore: [String] = [], severities: [String: Severity] = [:]) {
        self.select = select
        self.ignore = ignore
        self.severities = severities
    }

    /// Whether `code` runs: it matches a selected code or prefix and no ignored one.
    /// The longer match wins, as in ruff (`select = ["PC3"], ignore = ["PC"]` runs PC3xx).
    public func isEnabled(_ code: String) -> Bool {
        // The common case, asked for every rule of every file: no choices at all.
        if select == nil && ignore.isEmpty { return true }
        let selected = (select ?? [""]).filter { code.hasPrefix($0) }.map(\.count).max()
        guard let selected else { return false }
        let ignored = ignore.filter { code.hasPrefix($0) }.map(\.count).max() ?? -1
        return selected > ignored
    }

    /// The command line's choices on top of the file's: a given `select` replaces the
    /// file's, `ignore` adds to it.
    public func overridden(by other: Configuration) -> Configuration {
        var merged = self
        if let select = other.select { merged.select = select }
        merged.ignore += other.ignore
        merged.severities.merge(other.severities) { _, new in new }
        return merged
    }
}
