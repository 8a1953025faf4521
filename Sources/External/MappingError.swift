import PEP440
import YAML

/// A problem in a mapping file: the YAML reader's error, or a schema rule broken.
/// Carries the file and position of the offending node.
public typealias MappingError = YAMLError

extension YAMLNode {
    /// Reads a DepURL from a scalar, locating a parse failure at the node.
    func depURL() throws(YAMLError) -> DepURL {
        let text = try asString()
        do throws(ParseError) {
            return try DepURL(parsing: text)
        } catch {
            throw self.error(.invalidValue, "expected a DepURL, found `\(text)` (\(error.message))")
        }
    }
}
