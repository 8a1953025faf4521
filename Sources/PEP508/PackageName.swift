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
        normalize(String(name))
    }

    /// Not generic, and returns `name` itself (no copy) when it is already normalised,
    /// as almost every name and extra is.
    static func normalize(_ name: String) -> String {
        let utf8 = name.utf8
        if let clean = utf8.withContiguousStorageIfAvailable({ isNormalized($0) }), clean { return name }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var inRun = false
        for c in utf8 {
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

    /// No ASCII capital, no `_` or `.`, no `--`.
    static func isNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousDash = false
        for c in bytes {
            if Cursor.isChangedByNormalization(c) { return false }
            let dash = c == 0x2D
            if dash && previousDash { return false }
            previousDash = dash
        }
        return true
    }
}
