/// PEP 725's three kinds of external dependency: tools run on the build machine,
/// libraries for the host machine needed at build time, and runtime dependencies.
public enum DependencyCategory: String, Hashable, Sendable, CaseIterable, Comparable {
    case build
    case host
    case run

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
