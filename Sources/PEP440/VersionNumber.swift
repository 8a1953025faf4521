/// A non-negative integer of any size, as found in version components.
///
/// PEP 440 puts no bound on numbers (`1.99999999999999999999999999999` is valid), so values
/// that fit in `UInt64` are stored inline and larger ones keep their canonical decimal digits.
/// Because the representation is canonical (no leading zeros, `.large` only above
/// `UInt64.max`), synthesised equality and hashing agree with numeric equality.
public struct VersionNumber: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByIntegerLiteral
{
    @usableFromInline
    enum Storage: Hashable, Sendable {
        case small(UInt64)
        /// Decimal digits, no leading zero, numerically greater than `UInt64.max`.
        case large(String)
    }

    @usableFromInline let storage: Storage

    @usableFromInline init(storage: Storage) { self.storage = storage }

    public init(_ value: UInt64) { storage = .small(value) }

    public init(integerLiteral value: UInt64) { storage = .small(value) }

    /// Parses a string of ASCII digits (leading zeros allowed); `nil` for anything else.
    public init?(decimal text: some StringProtocol) {
        var utf8 = Array(text.utf8)
        guard !utf8.isEmpty, utf8.allSatisfy(UTF8Text.isDigit) else { return nil }
        self = utf8.withUnsafeMutableBufferPointer { VersionNumber(digits: UnsafeBufferPointer($0), 0, $0.count) }
    }

    /// Builds a number from the ASCII digits `b[start..<end]` (at least one digit).
    init(digits b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        var i = start
        while i < end - 1 && b[i] == 0x30 { i += 1 }
        var value: UInt64 = 0
        var j = i
        while j < end {
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(UInt64(b[j] &- 0x30))
            if o1 || o2 {
                storage = .large(String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self))
                return
            }
            value = s
            j += 1
        }
        storage = .small(value)
    }

    /// The value, when it fits in 64 bits.
    public var uint64Value: UInt64? {
        if case .small(let v) = storage { return v }
        return nil
    }

    public var isZero: Bool {
        if case .small(0) = storage { return true }
        return false
    }

    /// `self + 1`, for numbers of any size: the series after a release prefix, the next
    /// pre-release (for the marker algebra's bounds and lint's candidate versions).
    package var successor: VersionNumber {
        if let small = uint64Value, small < UInt64.max { return VersionNumber(small + 1) }
        var digits = Array(description.utf8)
        for i in digits.indices.reversed() {
            if digits[i] != UInt8(ascii: "9") {
                digits[i] += 1
                return VersionNumber(decimal: String(decoding: digits, as: UTF8.self)) ?? self
            }
            digits[i] = UInt8(ascii: "0")
        }
        return VersionNumber(decimal: "1" + String(decoding: digits, as: UTF8.self)) ?? self
    }

    /// `self - 1`; nil for zero.
    package var predecessor: VersionNumber? {
        if let small = uint64Value { return small == 0 ? nil : VersionNumber(small - 1) }
        var digits = Array(description.utf8)
        for i in digits.indices.reversed() {
            if digits[i] != UInt8(ascii: "0") {
                digits[i] -= 1
                break
            }
            digits[i] = UInt8(ascii: "9")
        }
        // (Leading zeros are dropped by the parse.)
        return VersionNumber(decimal: String(decoding: digits, as: UTF8.self))
    }

    /// The canonical decimal text (no leading zeros).
    public var description: String {
        switch storage {
        case .small(let v): return String(v)
        case .large(let digits): return digits
        }
    }

    @inlinable
    public static func < (lhs: VersionNumber, rhs: VersionNumber) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.small(let a), .small(let b)): return a < b
        case (.small, .large): return true
        case (.large, .small): return false
        case (.large(let a), .large(let b)):
            let ca = a.utf8.count, cb = b.utf8.count
            if ca != cb { return ca < cb }
            return a.utf8.lexicographicallyPrecedes(b.utf8)
        }
    }

    /// Three-way comparison without allocating.
    @inlinable
    func compare(_ other: VersionNumber) -> Int {
        if case .small(let a) = storage, case .small(let b) = other.storage {
            return a == b ? 0 : (a < b ? -1 : 1)
        }
        if self == other { return 0 }
        return self < other ? -1 : 1
    }
}
