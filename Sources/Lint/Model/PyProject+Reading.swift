import Diagnostics
import TOML

extension PyProject {
    /// Reads `source` as TOML and builds the model. A syntax error leaves the tables
    /// empty and sets ``syntaxError``.
    public init(source: SourceFile) {
        self.source = source
        do throws(TOMLError) {
            let document = try TOMLDocument(parsing: source.bytes)
            var builder = ModelBuilder()
            builder.build(root: document.root, into: &self)
        } catch {
            syntaxError = (error.message, error.span)
        }
    }
}
