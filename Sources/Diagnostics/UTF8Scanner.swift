// Decoding shared by column counting and lossy display, so that the column printed in
// a header and the caret drawn under the line always agree, even on invalid UTF-8.
// Each byte that does not start a well-formed sequence counts as one U+FFFD.
enum UTF8Scanner {
    /// The scalar starting at `i` (nil when the bytes there are ill-formed) and how
    /// many bytes it occupies. Requires `i < end`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (Unicode.Scalar?, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length: Int
        var lowerBound: UInt8 = 0x80
        var upperBound: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowerBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upperBound = 0x9F
        case 0xF0: length = 4; lowerBound = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upperBound = 0x8F
        default: return (nil, 1)
        }
        guard i + length <= end else { return (nil, 1) }
        let b1 = bytes[i + 1]
        guard b1 >= lowerBound && b1 <= upperBound else { return (nil, 1) }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        value = value << 6 | UInt32(b1 & 0x3F)
        for k in 2..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return (nil, 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value), length)
    }

    /// The scalars of `bytes[range]`, ill-formed bytes replaced by U+FFFD.
    static func scalars(_ bytes: [UInt8], _ range: Range<Int>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(range.count)
        bytes.withUnsafeBufferPointer { buffer in
            var i = range.lowerBound
            while i < range.upperBound {
                let (scalar, length) = decode(buffer, at: i, end: range.upperBound)
                result.append(scalar ?? "\u{FFFD}")
                i += length
            }
        }
        return result
    }

    /// How many whole scalars lie in `bytes[range.lowerBound..<limit]`; a scalar cut by
    /// `limit` is not counted, so an offset inside a character points at that character.
    static func scalarCount(_ bytes: [UInt8], _ range: Range<Int>, upTo limit: Int) -> Int {
        scalarCount(bytes, from: range.lowerBound, end: range.upperBound, upTo: limit).count
    }

    /// ``scalarCount(_:_:upTo:)`` from `start`, a scalar boundary of the scan from the
    /// range's start, also giving the boundary where it stopped (to resume from there).
    static func scalarCount(_ bytes: [UInt8], from start: Int, end: Int, upTo limit: Int) -> (count: Int, stop: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var i = start
            while i < end {
                if buffer[i] < 0x80 {
                    // ASCII runs, the usual text, one byte a scalar.
                    if i + 1 > limit { break }
                    count += 1
                    i += 1
                    continue
                }
                let (_, length) = decode(buffer, at: i, end: end)
                if i + length > limit { break }
                count += 1
                i += length
            }
            return (count, i)
        }
    }
}

extension UTF8Scanner {
    /// The scalars of `bytes[range]` with the byte offset each starts at; ill-formed
    /// bytes become U+FFFD. The extra final entry holds `range.upperBound`, so the end
    /// of scalar `k` is `result[k + 1].offset`.
    static func scalarsWithOffsets(_ bytes: [UInt8], _ range: Range<Int>) -> [(scalar: Unicode.Scalar, offset: Int)] {
        var result: [(scalar: Unicode.Scalar, offset: Int)] = []
        result.reserveCapacity(range.count + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var i = range.lowerBound
            while i < range.upperBound {
                let (scalar, length) = decode(buffer, at: i, end: range.upperBound)
                result.append((scalar ?? "\u{FFFD}", i))
                i += length
            }
        }
        result.append(("\u{0}", range.upperBound))
        return result
    }
}
