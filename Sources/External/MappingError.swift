import PEP440
import YAML

/// A problem in a mapping file: the YAML reader's error, or a schema rule broken.
/// Carries the file and position of the offending node.
public typealias MappingError = YAMLError

extension YAMLDocument.Node {
    /// Reads a DepURL from a scalar, locating a parse failure at the node. The plain form
    /// tables write is read straight from the scalar's bytes.
    func depURL() throws(YAMLError) -> DepURL {
        if let plain = withScalarBytes(DepURL.parsePlain(bytes:)), let plain { return plain }
        let text = try asString()
        do throws(ParseError) {
            return try DepURL(parsing: text)
        } catch {
            throw self.error(.invalidValue, "expected a DepURL, found `\(text)` (\(error.message))")
        }
    }
}
