import PEP440

/// Converts byte offsets to Unicode scalar offsets for spans recorded while parsing
/// (one per marker comparison). Offsets are asked for in increasing order, so a moving
/// checkpoint keeps the total work linear even for megabyte inputs. For ASCII input (checked
/// once, eight bytes at a time) offsets are the same in bytes and scalars.
struct ScalarOffsets {
    private let isASCII: Bool
    private var byte = 0
    private var scalar = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        isASCII = ScalarOffsets.countASCIIPrefix(bytes, from: 0, to: bytes.count) == bytes.count
    }

    /// The length of the run of ASCII bytes in `bytes[from..<to]` starting at `from`, read
    /// a word at a time (it may stop up to seven bytes early).
    private static func countASCIIPrefix(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var i = from
        while i &+ 8 <= to {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return i - from }
            i &+= 8
        }
        while i < to, bytes[i] < 0x80 { i &+= 1 }
        return i - from
    }

    mutating func offset(_ target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if isASCII { return target }
        let target = min(target, bytes.count)
        if target < byte {
            byte = 0
            scalar = 0
        }
        let run = ScalarOffsets.countASCIIPrefix(bytes, from: byte, to: target)
        byte &+= run
        scalar &+= run
        while byte < target {
            if bytes[byte] & 0xC0 != 0x80 { scalar &+= 1 }
            byte &+= 1
        }
        return scalar
    }

    mutating func span(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> SourceSpan {
        let start = offset(range.lowerBound, in: bytes)
        let end = offset(range.upperBound, in: bytes)
        return SourceSpan(start: start, end: end)
    }
}
