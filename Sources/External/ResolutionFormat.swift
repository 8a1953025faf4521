import Foundation

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
            let object: [String: Any] = [
                "ecosystem": resolution.ecosystem,
                "release": resolution.release as Any? ?? NSNull(),
                "package-manager": resolution.packageManager.name,
                "packages": resolution.packages,
                "install-command": resolution.installCommand as Any? ?? NSNull(),
                "requires-elevation": resolution.packageManager.install?.requiresElevation ?? false,
                "warnings": resolution.warnings,
                "dependencies": resolution.outcomes.map(Self.json),
            ]
            guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            else { return "{}" }
            return String(decoding: data, as: UTF8.self)
        }
    }

    private static func json(_ outcome: DependencyOutcome) -> [String: Any] {
        var object: [String: Any] = ["depurl": outcome.dependency.description, "category": outcome.category.rawValue]
        switch outcome.status {
        case .mapped(let packages, let via):
            object["status"] = "mapped"
            object["packages"] = packages
            if let via { object["via"] = via.description }
        case .notPackaged(let note):
            object["status"] = "not-packaged"
            if let note { object["note"] = note }
        case .unmapped:
            object["status"] = "unmapped"
        }
        return object
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
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
