import External
import PEP440

/// One PEP 725 specifier string of `[external]` with its parse result.
public struct ExternalSpecifier: Sendable {
    /// The top-level key it sits under (`build-requires`, `optional-dependencies`, …).
    public var key: String
    /// The string as written.
    public var text: TextValue
    /// The parsed DepURL and marker, or the External module's error (scalar offsets of
    /// ``text``).
    public var parsed: Result<ExternalDependency, ParseError>

    init(key: String, text: TextValue) {
        self.key = key
        self.text = text
        do throws(ParseError) {
            parsed = .success(try ExternalDependency(parsing: text.string))
        } catch {
            parsed = .failure(error)
        }
    }

    public var dependency: ExternalDependency? { try? parsed.get() }

    /// The bytes of the file for a span of the string.
    func sourceRange(_ span: SourceSpan) -> Range<Int> {
        text.sourceRange(scalars: span.start, span.end)
    }
}
