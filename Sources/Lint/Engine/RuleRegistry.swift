/// Every rule, in code order: what `pepcheck rules` lists, what `docs/rules.md` is
/// generated from, and what the linter runs.
public enum RuleRegistry {
    static let rules: [any LintRule] = [
        InvalidTOMLRule(), InvalidRequirementRule(), InvalidRequiresPythonRule(), InvalidVersionRule(),
        InvalidProjectNameRule(), WrongTypeRule(), MissingVersionRule(), MissingNameRule(),
        UnknownProjectKeyRule(), InvalidDynamicRule(), NonNormalizedNameRule(), NonNormalizedExtraRule(),
        InvalidExtraNameRule(),
        UnknownMarkerVariableRule(), MisbehavingMarkerComparisonRule(), LegacyMarkerNameRule(),
        DeadDependencyRule(), RedundantPythonMarkerRule(), RedundantExtraMarkerRule(), SimplifiableMarkerRule(),
        DuplicateRequirementRule(), ConflictingRequirementsRule(), UnsatisfiableSpecifierRule(),
        UndefinedSelfExtraRule(), DynamicGivenStaticallyRule(), URLWithoutHashRule(), DuplicateExtraRule(),
        DependencyGroupCycleRule(), UnknownDependencyGroupRule(), DuplicateDependencyGroupRule(),
        InvalidDependencyGroupItemRule(),
        UnknownExternalKeyRule(), InvalidExternalTableRule(), InvalidDepURLRule(), UnknownDepURLRule(),
        NonCanonicalDepURLRule(), UnsupportedVersionOperatorRule(), VirtualVersionRule(), DevPackageNameRule(),
    ]

    /// Every code: the input problems (PC0xx), configuration, then the rules, sorted.
    public static let all: [RuleInfo] = (InputProblem.allCases.map(\.info) + [InvalidConfigurationRule.info]
        + rules.map { type(of: $0).info }).sorted { $0.code < $1.code }

    /// The code of a rule given by code or name.
    public static func code(for codeOrName: String) -> String? {
        all.first { $0.code == codeOrName || $0.name == codeOrName }?.code
    }

    public static func info(_ code: String) -> RuleInfo? { all.first { $0.code == code } }
}
