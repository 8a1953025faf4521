/// The version `pepcheck --version` prints and reports carry.
enum PepcheckVersion {
    static let current = "0.1.0"
}
