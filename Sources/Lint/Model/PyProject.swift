import Diagnostics

/// A pyproject.toml read into the tables the rules check.
///
/// Build it with ``PyProject/init(source:)``: a document that is not valid TOML has
/// no tables and one ``syntaxError``.
public struct PyProject: Sendable {
    public var source: SourceFile
    public var buildSystem: BuildSystem?
    public var project: Project?
    public var dependencyGroups: [DependencyGroup] = []
    public var external: ExternalSection?
    public var configuration = Configuration()
    /// The TOML error, as a message and a byte span, when the file does not parse.
    public var syntaxError: (message: String, span: Range<Int>)?
    var shapeIssues: [ShapeIssue] = []
    /// Shared by the rules; see ``DocumentAnalyses``.
    let analyses = DocumentAnalyses()

    /// Every requirement string of the document, in document order by table.
    public var allRequirements: [RequirementEntry] { Array(requirements) }

    /// ``allRequirements`` without building an array: the rules walk it, each once.
    var requirements: RequirementEntries { RequirementEntries(document: self) }
}
