/// A package manager of an ecosystem: how to install and query packages.
public struct PackageManager: Hashable, Sendable {
    public var name: String
    public var isDefault: Bool
    /// `nil` for a manager that can only query (pkg-config).
    public var install: CommandTemplate?
    /// Checks one package; exit status 0 means present.
    public var query: CommandTemplate?
    /// `nil` when the manager cannot express versions: constraints are dropped with a warning.
    public var versionSyntax: VersionSyntax?

    public init(name: String, isDefault: Bool = false, install: CommandTemplate?, query: CommandTemplate? = nil,
                versionSyntax: VersionSyntax? = nil) {
        self.name = name
        self.isDefault = isDefault
        self.install = install
        self.query = query
        self.versionSyntax = versionSyntax
    }
}
