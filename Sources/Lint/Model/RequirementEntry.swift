import PEP440
import PEP508

/// One PEP 508 string of the document (`project.dependencies`, an extra, a dependency
/// group, `build-system.requires`) with its parse result.
///
/// A class, read-only once built: each rule walks every requirement of the file, and a
/// reference costs one retain to pass around where the fields would cost one each.
public final class RequirementEntry: Sendable {
    /// The string as written.
    public let text: TextValue
    /// The parsed requirement, or PEP508's error.
    public let parsed: Result<Requirement, ParseError>
    /// Where the requirement applies: `dependencies`, `optional-dependencies.NAME`,
    /// `dependency-groups.NAME`, `build-system.requires`.
    public let scope: String
    /// The normalised name of the parsed requirement (shares the name's storage when it
    /// is written normalised): the key the same-name rules group by.
    let normalizedName: String?
    /// Where the marker's text starts (UTF-8 offset after the `;`), for a requirement with a
    /// marker and without a URL: see ``markerSource``.
    private let markerOffset: Int?

    init(text: TextValue, scope: String) {
        self.text = text
        self.scope = scope
        do throws(ParseError) {
            let requirement = try Requirement(parsing: text.string)
            parsed = .success(requirement)
            normalizedName = requirement.normalizedName
            // Without a URL, the first `;` starts the marker: names, extras and versions hold none.
            markerOffset = requirement.marker == nil || requirement.url != nil ? nil
                : text.string.utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: UInt8(ascii: ";")) }.flatMap { $0.map { $0 + 1 } }
        } catch {
            parsed = .failure(error)
            normalizedName = nil
            markerOffset = nil
        }
    }

    public var requirement: Requirement? { try? parsed.get() }

    /// The marker's tree; its comparison spans are scalar offsets of ``text``.
    var marker: MarkerTree? { requirement?.marker?.tree }

    /// The marker as written (after the `;`) of a requirement without a URL, whose first
    /// `;` starts the marker: a key for the analyses that depend on the marker alone, so
    /// that a marker repeated on many requirements is analysed once and its tree is only
    /// built where there is something to report.
    var markerSource: Substring? {
        guard let markerOffset else { return nil }
        let string = text.string
        return string[string.utf8.index(string.utf8.startIndex, offsetBy: markerOffset)...]
    }

    /// The bytes of the file for the scalars `[start, end)` of the requirement string.
    public func sourceRange(_ scalars: Range<Int>) -> Range<Int> {
        text.sourceRange(scalars: scalars.lowerBound, scalars.upperBound)
    }

    /// The bytes of the file for a span PEP508 reported.
    func sourceRange(_ span: SourceSpan) -> Range<Int> {
        text.sourceRange(scalars: span.start, span.end)
    }

    /// The extras as written, each with its scalar range, in order of appearance (`a[ X , y ]`
    /// gives `X` and `y`). One pass over the text, so that a requirement with many extras
    /// costs its length once, not once per extra.
    var writtenExtras: [(name: String, scalars: Range<Int>)] {
        var extras: [(name: String, scalars: Range<Int>)] = []
        var inBrackets = false
        var token = String.UnicodeScalarView()
        var tokenStart = 0
        var offset = 0
        func flush() {
            if !token.isEmpty { extras.append((String(token), tokenStart..<offset)) }
            token = String.UnicodeScalarView()
        }
        scan: for scalar in text.string.unicodeScalars {
            defer { offset += 1 }
            if !inBrackets {
                // Only a name and spaces come before the extras.
                switch scalar {
                case "[": inBrackets = true
                case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", " ", "\t": continue
                default: break scan
                }
                continue
            }
            if scalar == "]" { flush(); break }
            if scalar == "," || scalar == " " || scalar == "\t" {
                flush()
            } else {
                if token.isEmpty { tokenStart = offset }
                token.append(scalar)
            }
        }
        return extras
    }

    /// The scalar range of the URL of a direct reference (`name @ URL`), if any.
    var urlRange: Range<Int>? {
        guard let url = requirement?.url else { return nil }
        let scalars = text.string.unicodeScalars
        // A name and extras cannot hold `@`: the first one introduces the URL.
        guard var index = scalars.firstIndex(of: "@") else { return nil }
        var start = scalars.distance(from: scalars.startIndex, to: index) + 1
        index = scalars.index(after: index)
        while index < scalars.endIndex, scalars[index] == " " || scalars[index] == "\t" {
            index = scalars.index(after: index)
            start += 1
        }
        let count = url.unicodeScalars.count
        guard scalars[index...].starts(with: url.unicodeScalars) else { return nil }
        return start..<start + count
    }

    /// Whether the string holds `needle` (ASCII): a test on bytes that spares rules the
    /// marker tree of requirements that cannot concern them.
    func textContains(_ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first else { return true }
        return text.string.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= pattern.count else { return false }
            var i = 0
            while i <= bytes.count - pattern.count {
                if bytes[i] == first, bytes[i..<i + pattern.count].elementsEqual(pattern) { return true }
                i += 1
            }
            return false
        } ?? true
    }

    /// The scalars of the string, for rules that read many spans of it.
    var scalars: [Unicode.Scalar] { Array(text.string.unicodeScalars) }

    /// When PEP508 rejected the marker because a name is not a marker variable: that
    /// name (`platform`, `os.nam`) and its scalar range.
    var unknownVariable: (name: String, scalars: Range<Int>)? {
        guard case .failure(let error) = parsed,
              error.message.hasPrefix("expected a marker variable or quoted string") else { return nil }
        let scalars = text.string.unicodeScalars
        guard error.span.start < scalars.count else { return nil }
        var name = String.UnicodeScalarView()
        scan: for scalar in scalars.dropFirst(error.span.start) {
            switch scalar {
            case "a"..."z", "A"..."Z", "_", ".": name.append(scalar)
            case "0"..."9" where !name.isEmpty: name.append(scalar)
            default: break scan
            }
        }
        guard !name.isEmpty else { return nil }
        return (String(name), error.span.start..<error.span.start + name.count)
    }
}
