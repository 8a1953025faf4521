/// Whether to colour terminal output: the user's `--color` choice, resolved against
/// the environment.
public enum ColorChoice: String, Hashable, Sendable, CaseIterable {
    /// Colour when writing to a terminal, unless the environment says otherwise.
    case auto
    case always
    case never

    /// Whether to emit colour.
    ///
    /// `always` and `never` are explicit and win over the environment (an explicit
    /// flag outranks `NO_COLOR`, as https://no-color.org asks). For `auto`:
    /// a non-empty `NO_COLOR` turns colour off; otherwise a non-empty `FORCE_COLOR`
    /// or `CLICOLOR_FORCE` other than `0` turns it on; otherwise colour is on when
    /// the output is a terminal whose `TERM` is not `dumb`.
    public func resolve(environment: [String: String], isTerminal: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            func set(_ name: String) -> Bool { !(environment[name] ?? "").isEmpty }
            if set("NO_COLOR") { return false }
            for name in ["FORCE_COLOR", "CLICOLOR_FORCE"] where set(name) && environment[name] != "0" {
                return true
            }
            return isTerminal && environment["TERM"] != "dumb"
        }
    }
}
