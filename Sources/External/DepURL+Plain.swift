extension DepURL {
    /// The DepURL of `text` when it has the plain form nearly every table and project
    /// writes, `dep:TYPE/SEGMENT/…/NAME` in ASCII letters, digits, `.`, `-`, `_`, `+`
    /// and `~` (no percent-escape, version, qualifier or subpath), read straight from
    /// its bytes; `nil` for anything else, which the general parser then reads, errors
    /// included. Both give the same DepURL wherever this one answers (a test compares
    /// them); this one does it without the scalar array and intermediate strings.
    static func parsePlain(_ text: String) -> DepURL? {
        var text = text
        return text.withUTF8(parsePlain(bytes:))
    }

    /// ``parsePlain(_:)`` of the UTF-8 text in `bytes`.
    static func parsePlain(bytes: UnsafeBufferPointer<UInt8>) -> DepURL? {
        guard bytes.count > 4, bytes[0] == 0x64, bytes[1] == 0x65, bytes[2] == 0x70, bytes[3] == 0x3A else {
            return nil
        }
        // The type: a letter first, then letters, digits, `.`, `+`, `-`; lower-cased.
        var index = 4
        while index < bytes.count, bytes[index] != 0x2F {
            let byte = bytes[index]
            guard isLetter(byte) || (index > 4 && (isDigit(byte) || byte == 0x2E || byte == 0x2B || byte == 0x2D))
            else { return nil }
            index += 1
        }
        guard index > 4, index < bytes.count else { return nil }
        let type = string(bytes[4..<index], lowercased: true)
        // The segments: non-empty runs of the plain bytes between slashes; all but the
        // last are the namespace.
        // `generic`, nearly every id's type, is case-sensitive: one comparison decides it.
        let folded = type != "generic" && (type == "virtual" || DepURLParser.isCaseInsensitive(type: type))
        var namespace: [String] = []
        var start = index + 1
        for position in start..<bytes.count {
            let byte = bytes[position]
            if byte == 0x2F {
                guard position > start else { return nil }
                namespace.append(string(bytes[start..<position], lowercased: folded))
                start = position + 1
            } else {
                guard isLetter(byte) || isDigit(byte) || byte == 0x2E || byte == 0x2D || byte == 0x5F
                    || byte == 0x2B || byte == 0x7E
                else { return nil }
            }
        }
        guard start < bytes.count else { return nil }
        var name = string(bytes[start...], lowercased: folded)
        if type == "virtual" {
            guard namespace.count == 1, DepURLParser.virtualNamespaces.contains(namespace[0]) else { return nil }
        } else if type == "pypi" {
            name = String(decoding: name.utf8.map { $0 == 0x5F ? 0x2D : $0 }, as: UTF8.self)
        }
        return DepURL(type: type, namespace: namespace, name: name, version: nil, qualifiers: [:], subpath: [])
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, lowercased: Bool) -> String {
        guard lowercased, bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
        }
        return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
