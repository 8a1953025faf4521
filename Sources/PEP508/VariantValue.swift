/// PEP 825 variant marker values (`namespace :: feature :: value`).
enum VariantValue {
    /// Rewrites every `::` separator with the whitespace (space, tab) around it to ` :: `,
    /// the form PEP 825 uses in its examples; text away from separators is kept.
    static func normalize(_ value: String) -> String {
        let bytes = Array(value.utf8)
        var hasSeparator = false
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x3A && bytes[i + 1] == 0x3A {
                hasSeparator = true
                break
            }
            i += 1
        }
        guard hasSeparator else { return value }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        i = 0
        while i < bytes.count {
            if i + 1 < bytes.count, bytes[i] == 0x3A, bytes[i + 1] == 0x3A {
                while let last = out.last, last == 0x20 || last == 0x09 { out.removeLast() }
                out.append(contentsOf: [0x20, 0x3A, 0x3A, 0x20])
                i += 2
                while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
