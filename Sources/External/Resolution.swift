/// The result of mapping a list of external dependencies to one ecosystem.
public struct Resolution: Hashable, Sendable {
    /// The ecosystem id and release used.
    public var ecosystem: String
    public var release: String?
    /// The package manager whose syntax and commands apply.
    public var packageManager: PackageManager
    /// One outcome per requested dependency, in request order.
    public var outcomes: [DependencyOutcome]
    /// Package specifiers to install, deduplicated, in first-seen order.
    public var packages: [String]
    /// Package names without version (for queries), deduplicated, in first-seen order.
    public var packageNames: [String]
    /// One message per dependency whose version constraint had to be dropped.
    public var warnings: [String]

    /// The install command for all packages, or `nil` when there is nothing to install.
    public var installCommand: [String]? {
        packages.isEmpty ? nil : packageManager.install?.command(for: packages)
    }

    /// One query command per package (exit status 0 = present).
    public var queryCommands: [(package: String, command: [String])] {
        guard let query = packageManager.query else { return [] }
        return packageNames.map { ($0, query.command(for: [$0])) }
    }

    /// Dependencies the ecosystem is known not to package.
    public var notPackaged: [DependencyOutcome] {
        outcomes.filter { if case .notPackaged = $0.status { true } else { false } }
    }

    /// Dependencies the tables know nothing about.
    public var unmapped: [DependencyOutcome] {
        outcomes.filter { $0.status == .unmapped }
    }
}
