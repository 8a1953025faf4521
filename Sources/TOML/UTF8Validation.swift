/// Checks that `bytes` is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
/// Returns the byte range of the first ill-formed sequence, or `nil`.
package func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var i = 0
    let count = bytes.count
    while i < count {
        // Most of a pyproject.toml is ASCII: skip eight bytes at a time when we can.
        while i &+ 8 <= count {
            let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            i &+= 8
        }
        guard i < count else { break }
        let lead = bytes[i]
        if lead < 0x80 { i &+= 1; continue }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return i..<(i + 1)
        }
        guard i + length <= count else { return i..<count }
        let second = bytes[i + 1]
        guard second >= low && second <= high else { return i..<(i + 1) }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i..<(i + k) }
        i += length
    }
    return nil
}

/// The length of the UTF-8 sequence starting with `lead` (1 for stray bytes).
@inline(__always)
func utf8SequenceLength(_ lead: UInt8) -> Int {
    switch lead {
    case 0xF0...: 4
    case 0xE0...: 3
    case 0xC0...: 2
    default: 1
    }
}
