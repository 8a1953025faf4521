import Diagnostics

/// A problem found while reading the document into the model: a value of the wrong
/// type, a key the specification does not define, a required key missing.
///
/// The model builder cannot decide whether the user wants these reported, so it
/// records them with the code of the rule that reports them (see `ShapeRule`).
struct ShapeIssue: Sendable {
    var code: String
    var span: Range<Int>
    var message: String
    var help: [String] = []
    /// A severity other than the rule's own (a configuration that has no effect is a
    /// warning, a broken one an error).
    var severity: Severity? = nil
}
