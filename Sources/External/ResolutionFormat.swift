import JSON

/// How `pepcheck external show` prints a ``Resolution``.
public enum ResolutionFormat: String, Sendable, CaseIterable {
    /// The install command, prefixed with `sudo` when the manager needs elevation; for a
    /// manager without one (pkg-config), the query command over all packages.
    case command
    /// One package specifier per line.
    case list
    /// A JSON object with the ecosystem, packages, outcomes, warnings and commands.
    case json

    /// The text to print on standard output. Warnings and unmapped or not-packaged
    /// dependencies are not part of it for `command` and `list`: see ``notes(for:)``.
    public func render(_ resolution: Resolution) -> String {
        switch self {
        case .command:
            // A manager that only queries (pkg-config) gets its query for all packages at
            // once, which checks them all: `pkg-config --exists 'openssl >= 3.0' libffi`.
            let query = resolution.packages.isEmpty ? nil : resolution.packageManager.query?.command(for: resolution.packages)
            guard let command = resolution.installCommand ?? query else { return "" }
            let prefix = resolution.packageManager.install?.requiresElevation == true ? ["sudo"] : []
            return (prefix + command).map(Self.shellQuoted).joined(separator: " ")
        case .list:
            return resolution.packages.joined(separator: "\n")
        case .json:
            // Keys sorted, as the output has always been written.
            return JSONValue.object([
                ("dependencies", .array(resolution.outcomes.map(Self.json))),
                ("ecosystem", .string(resolution.ecosystem)),
                ("install-command", resolution.installCommand.map { .array($0.map(JSONValue.string)) } ?? .null),
                ("package-manager", .string(resolution.packageManager.name)),
                ("packages", .array(resolution.packages.map(JSONValue.string))),
                ("release", .string(resolution.release)),
                ("requires-elevation", .bool(resolution.packageManager.install?.requiresElevation ?? false)),
                ("warnings", .array(resolution.warnings.map(JSONValue.string))),
            ]).prettyPrinted
        }
    }

    private static func json(_ outcome: DependencyOutcome) -> JSONValue {
        var members: [(String, JSONValue)] = [("category", .string(outcome.category.rawValue))]
        members.append(("depurl", .string(outcome.dependency.description)))
        switch outcome.status {
        case .mapped(let packages, let via):
            members.append(("packages", .array(packages.map(JSONValue.string))))
            members.append(("status", .string("mapped")))
            if let via { members.append(("via", .string(via.description))) }
        case .notPackaged(let note):
            if let note { members.append(("note", .string(note))) }
            members.append(("status", .string("not-packaged")))
        case .unmapped:
            members.append(("status", .string("unmapped")))
        }
        return .object(members)
    }

    /// Human-readable lines for standard error: dropped versions, dependencies the
    /// ecosystem does not package, and dependencies the tables do not know. A dependency
    /// listed in several categories is reported once when the message is the same.
    public static func notes(for resolution: Resolution) -> [String] {
        var seen: Set<String> = []
        return allNotes(for: resolution).filter { seen.insert($0).inserted }
    }

    private static func allNotes(for resolution: Resolution) -> [String] {
        var lines = resolution.warnings.map { "warning: \($0)" }
        for outcome in resolution.notPackaged {
            guard case .notPackaged(let note) = outcome.status else { continue }
            lines.append("warning: \(outcome.dependency) is not packaged in \(resolution.ecosystem)"
                + (note.map { ": \($0)" } ?? ""))
        }
        for outcome in resolution.unmapped {
            lines.append("warning: \(outcome.dependency) has no mapping for \(resolution.ecosystem); "
                + "add one with --mappings DIR")
        }
        return lines
    }

    /// POSIX shell quoting, only where needed.
    static func shellQuoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./=:+,@%".unicodeScalars.contains($0))
        }
        return plain ? word : "'" + word.replacingPlaceholder("'", with: "'\\''") + "'"
    }
}
