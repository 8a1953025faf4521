import PEP440

extension ErrorKind {
    /// A DepURL that breaks PURL or PEP 725 syntax.
    public static let invalidDepURL = ErrorKind(rawValue: "invalid-depurl")
    /// A version operator PEP 725 does not allow in DepURLs (`~=`, `!=`, `===`, `.*`).
    public static let unsupportedVersionOperator = ErrorKind(rawValue: "unsupported-version-operator")
    /// A value in the `[external]` table of the wrong shape or with an unknown key.
    public static let invalidExternalTable = ErrorKind(rawValue: "invalid-external-table")
}
