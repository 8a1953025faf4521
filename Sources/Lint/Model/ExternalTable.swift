/// `[external]` (PEP 725): its seven keys, each a list of external dependency
/// specifiers or a table of such lists.
public struct ExternalTable: Sendable {
    /// The keys PEP 725 defines, in its order.
    public static let keys = [
        "build-requires", "optional-build-requires", "host-requires", "optional-host-requires",
        "dependencies", "optional-dependencies", "dependency-groups",
    ]

    /// Keys whose value is a list of specifiers (the others are tables of lists).
    static let listKeys: Set<String> = ["build-requires", "host-requires", "dependencies"]

    public var span: Range<Int>
    /// Every specifier string, with the key (and sub-key) it sits under.
    public var specifiers: [(key: String, text: TextValue)] = []
}
