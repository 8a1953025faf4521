/// PEP 825 variant marker values (`namespace :: feature :: value`).
enum VariantValue {
    /// Rewrites every `::` separator with the whitespace (space, tab) around it to ` :: `,
    /// the form PEP 825 uses in its examples, and drops whitespace at either end: PEP 825
    /// names are `[a-z0-9_]` runs, so surrounding whitespace is never part of a property.
    static func normalize(_ value: String) -> String {
        var bytes = Array(value.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        let leading = bytes.prefix(while: { $0 == 0x20 || $0 == 0x09 }).count
        if leading > 0 { bytes.removeFirst(leading) }
        var hasSeparator = false
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x3A && bytes[i + 1] == 0x3A {
                hasSeparator = true
                break
            }
            i += 1
        }
        guard hasSeparator else { return String(decoding: bytes, as: UTF8.self) }
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
