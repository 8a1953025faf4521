/// Percent-encoding as the PURL specification applies it to each component.
///
/// Encoding leaves ASCII letters, digits, `-`, `.`, `_`, `~` and `:` as they are
/// (the PURL spec keeps `:` literal) and writes every other UTF-8 byte as `%XX` with
/// upper-case hex digits. `extraSafe` lets a component keep more characters literal
/// (qualifier values keep `/`; versions keep the PEP 725 range operators).
enum PercentEncoding {
    static func encode(_ text: String, extraSafe: Set<UInt8> = []) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) || extraSafe.contains(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigit(byte >> 4))
                out.append(hexDigit(byte & 0x0F))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes `%XX` escapes. Returns the offset (in scalars of `text`) and reason of the
    /// first problem instead when an escape is malformed or the result is not UTF-8.
    static func decode(_ text: [Unicode.Scalar]) -> Result<String, Failure> {
        guard text.contains("%") else { return .success(ScalarText.string(text[...])) }
        var bytes: [UInt8] = []
        var index = 0
        while index < text.count {
            let scalar = text[index]
            if scalar == "%" {
                guard index + 2 < text.count, let high = hexValue(text[index + 1]), let low = hexValue(text[index + 2])
                else {
                    let end = min(index + 3, text.count)
                    let found = String(String.UnicodeScalarView(text[index..<end]))
                    return .failure(Failure(offset: index, length: end - index,
                                            message: "expected `%` and two hex digits, found `\(found)`"))
                }
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
                index += 1
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            return .failure(Failure(offset: 0, length: text.count,
                                    message: "expected percent-escapes that decode to UTF-8, found invalid UTF-8"))
        }
        return .success(decoded)
    }

    struct Failure: Error {
        var offset: Int
        var length: Int
        var message: String
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar {
        case "0"..."9": UInt8(scalar.value - 48)
        case "a"..."f": UInt8(scalar.value - 87)
        case "A"..."F": UInt8(scalar.value - 55)
        default: nil
        }
    }
}
