/// The values `select` and `ignore` accept, on the command line and in `[tool.pepcheck]`
/// alike: a rule code (`PC302`) or a prefix of one (`PC3`, `PC`), in either case
/// (`pc302` selects PC302: the issue that asked for this wants lower case to work, although
/// ruff 0.17 rejects `e501`; see ``normalized(_:)``).
///
/// As in ruff, a selector that names no rule is an error (exit 2) rather than a silent
/// "select nothing". Input problems, invalid configuration and invalid TOML are reported
/// whatever the selection says (``alwaysReported``): ignoring only those has no effect,
/// which earns a warning, as ruff warns for its removed syntax-error code.
public enum RuleSelector {
    /// Codes no selection can hide: input problems (PC001–PC005), invalid configuration
    /// (PC009) and invalid TOML (PC100). Nothing else can be checked while they stand.
    public static let alwaysReported: Set<String> =
        Set(InputProblem.allCases.map(\.rawValue)).union([InvalidConfigurationRule.info.code, InvalidTOMLRule.info.code])

    /// Why `selector` is not a code or prefix of one, as the text after "found" and help
    /// lines; nil when it is valid.
    public static func problem(_ selector: String) -> (found: String, help: [String])? {
        if matches(normalized(selector)) { return nil }
        var help: [String] = []
        if let code = RuleRegistry.code(for: selector) {
            help.append("`\(selector)` is the name of `\(code)`; select it by its code")
        }
        help.append("codes are \(codeRanges) (`pepcheck rules` lists them); a prefix such as `PC3` selects a group")
        return (selector.isEmpty ? "an empty string" : "`\(selector)`", help)
    }

    /// The selector as rules are matched against it: codes are compared in capitals, so
    /// `pc3` and `Pc302` select as `PC3` and `PC302` do.
    public static func normalized(_ selector: String) -> String {
        selector.uppercased()
    }

    /// Whether ignoring `selector` does nothing: every code it names is always reported.
    public static func ignoresNothing(_ selector: String) -> Bool {
        let named = RuleRegistry.all.filter { $0.code.hasPrefix(normalized(selector)) }
        return !named.isEmpty && named.allSatisfy { alwaysReported.contains($0.code) }
    }

    /// Every code as runs, `PC001–PC005, PC009, PC100–PC112, …`.
    public static let codeRanges: String = {
        var runs: [[String]] = []
        for code in RuleRegistry.all.map(\.code) {
            if let last = runs.last?.last, let a = Int(last.dropFirst(2)), let b = Int(code.dropFirst(2)), b == a + 1 {
                runs[runs.count - 1].append(code)
            } else {
                runs.append([code])
            }
        }
        return runs.map { $0.count == 1 ? $0[0] : "\($0[0])–\($0[$0.count - 1])" }.joined(separator: ", ")
    }()

    private static func matches(_ selector: String) -> Bool {
        !selector.isEmpty && RuleRegistry.all.contains { $0.code.hasPrefix(selector) }
    }
}
