/// A check over one ``PyProject``.
protocol LintRule: Sendable {
    static var info: RuleInfo { get }
    init()
    func check(_ document: PyProject, _ report: inout Findings)
}

/// A rule whose findings the model builder already made (types, unknown keys): it
/// reports the ``ShapeIssue`` values carrying its code.
protocol ShapeRule: LintRule {}

extension ShapeRule {
    func check(_ document: PyProject, _ report: inout Findings) {
        for issue in document.shapeIssues where issue.code == Self.info.code {
            report.add(Self.info, issue.span, issue.message, help: issue.help, severity: issue.severity)
        }
    }
}
