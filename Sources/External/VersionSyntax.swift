/// How a package manager writes a package with a version constraint.
///
/// Templates use `{name}` and `{version}`. Range clauses are joined with `rangeJoiner`:
/// a blank joiner (`" "`) makes each clause its own argument (`cuda>=12.4` `cuda<13`
/// for pacman), any other joiner makes one argument in which the clauses after the
/// first leave out the name (conda's `cuda-toolkit>=12.4,<13`).
/// A missing `exact` or `ranges` means the manager cannot express that constraint.
public struct VersionSyntax: Hashable, Sendable {
    public var nameOnly: String
    public var exact: String?
    public var rangeJoiner: String?
    public var ranges: [DepURLVersion.Operator: String]

    public init(nameOnly: String = "{name}", exact: String? = nil, rangeJoiner: String? = nil,
                ranges: [DepURLVersion.Operator: String] = [:]) {
        self.nameOnly = nameOnly
        self.exact = exact
        self.rangeJoiner = rangeJoiner
        self.ranges = ranges
    }

    /// The package written with `version` as one or more install arguments, or `nil`
    /// when the syntax cannot express the constraint.
    public func arguments(_ package: String, version: DepURLVersion?) -> [String]? {
        func fill(_ template: String, _ value: String) -> String {
            template.replacingPlaceholder("{name}", with: package).replacingPlaceholder("{version}", with: value)
        }
        guard let version else { return [fill(nameOnly, "")] }
        if version.constraints.count == 1, version.constraints[0].op == .equal, let exact {
            return [fill(exact, version.constraints[0].version)]
        }
        guard let joiner = rangeJoiner else { return nil }
        var clauses: [String] = []
        for constraint in version.constraints {
            guard var template = ranges[constraint.op] else { return nil }
            let separate = joiner.allSatisfy(\.isWhitespace)
            if !separate && !clauses.isEmpty { template = template.replacingPlaceholder("{name}", with: "") }
            clauses.append(fill(template, constraint.version))
        }
        return joiner.allSatisfy(\.isWhitespace) ? clauses : [clauses.joined(separator: joiner)]
    }

    /// The package written with `version` as one string (arguments joined with a space),
    /// or `nil` when the syntax cannot express the constraint.
    public func render(_ package: String, version: DepURLVersion?) -> String? {
        arguments(package, version: version)?.joined(separator: " ")
    }
}
