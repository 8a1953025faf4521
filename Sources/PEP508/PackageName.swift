import PEP440

/// A distribution name (core metadata `Name`): ASCII letters and digits, with `-`, `_`
/// and `.` allowed between them. PEP 685 extra names and PEP 735 group names use the same
/// rules and the same normalisation.
public struct PackageName: Hashable, Sendable, CustomStringConvertible {
    /// The name as written.
    public let rawValue: String

    /// Validates `text` as a name.
    public init(parsing text: some StringProtocol) throws(ParseError) {
        let string = String(text)
        guard PackageName.isValid(string) else {
            throw ParseError(
                kind: .invalidRequirement,
                message: "expected a package name (ASCII letters and digits, with `-`, `_` or `.` between them), found `\(string)`",
                span: SourceSpan(start: 0, end: string.unicodeScalars.count))
        }
        rawValue = string
    }

    /// The PEP 503 normalised form: lowercase, runs of `-`, `_`, `.` replaced by one `-`.
    public var normalized: String { PackageName.normalize(rawValue) }

    public var description: String { rawValue }

    /// Whether `name` matches `^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$` ignoring case.
    public static func isValid(_ name: some StringProtocol) -> Bool {
        if let result = name.utf8.withContiguousStorageIfAvailable({ isValid($0, 0..<$0.count) }) {
            return result
        }
        return Array(name.utf8).withUnsafeBufferPointer { isValid($0, 0..<$0.count) }
    }

    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let first = range.first, let last = range.last else { return false }
        guard Cursor.isAlphanumeric(bytes[first]), Cursor.isAlphanumeric(bytes[last]) else {
            return false
        }
        for i in range where !Cursor.isIdentifierByte(bytes[i]) { return false }
        return true
    }

    /// PEP 503 normalisation (`re.sub(r"[-_.]+", "-", name).lower()`), applied to any string.
    /// Only ASCII letters are lowercased.
    public static func normalize(_ name: some StringProtocol) -> String {
        var needsWork = false
        var previousSeparator = false
        for c in name.utf8 {
            let separator = c == 0x2D || c == 0x5F || c == 0x2E
            if (c >= 0x41 && c <= 0x5A) || (separator && (c != 0x2D || previousSeparator)) {
                needsWork = true
                break
            }
            previousSeparator = separator
        }
        if !needsWork {
            // A trailing run like "a--" also needs collapsing; the loop above caught it.
            return String(name)
        }
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var inRun = false
        for c in name.utf8 {
            if c == 0x2D || c == 0x5F || c == 0x2E {
                if !inRun { out.append(0x2D) }
                inRun = true
            } else {
                out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                inRun = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
