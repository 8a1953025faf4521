import PEP440

/// Converts byte offsets to Unicode scalar offsets for spans recorded while parsing
/// (one per marker comparison). Offsets are asked for in increasing order, so a moving
/// checkpoint keeps the total work linear even for megabyte inputs.
struct ScalarOffsets {
    private let isASCII: Bool
    private var byte = 0
    private var scalar = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        isASCII = ascii
    }

    mutating func offset(_ target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if isASCII { return target }
        if target < byte {
            byte = 0
            scalar = 0
        }
        while byte < target, byte < bytes.count {
            if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
        return scalar
    }

    mutating func span(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> SourceSpan {
        let start = offset(range.lowerBound, in: bytes)
        let end = offset(range.upperBound, in: bytes)
        return SourceSpan(start: start, end: end)
    }
}
