import Diagnostics

extension PyProject {
    /// Reads `source` as TOML and builds the model. A syntax error leaves the tables
    /// empty and sets ``syntaxError``.
    public init(source: SourceFile) {
        self.source = source
        switch Node.parseDocument(source.bytes) {
        case .failure(let error):
            syntaxError = (error.message, error.span)
        case .success(let root):
            var builder = ModelBuilder()
            builder.build(root: root, into: &self)
        }
    }
}
