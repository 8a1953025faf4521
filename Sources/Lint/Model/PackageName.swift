/// Project, extra and group names (core metadata "Name", PEP 503 normalisation, PEP 685).
enum PackageName {
    /// Whether `name` matches `^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$`, case-insensitively.
    static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, let last = bytes.last else { return false }
        func alphanumeric(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
        guard alphanumeric(first), alphanumeric(last) else { return false }
        return bytes.allSatisfy { alphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    /// Lower case, every run of `-`, `_` and `.` replaced by one `-`.
    static func normalized(_ name: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var inRun = false
        for byte in name.utf8 {
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") {
                if !inRun { out.append(UInt8(ascii: "-")) }
                inRun = true
            } else {
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                inRun = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
