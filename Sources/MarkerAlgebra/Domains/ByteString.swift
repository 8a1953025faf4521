#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A string that compares, hashes and sorts by its UTF-8 bytes.
///
/// Marker values are compared as Python compares `str` values, code point by code point;
/// Swift's `String ==` compares canonically equivalent strings as equal (`"é"` and
/// `"e\u{301}"`), which would merge values the evaluator keeps apart. UTF-8 byte order is
/// code point order, so sorting by bytes sorts as Python does. The hash of the bytes is
/// computed once, so that sets of values hash by combining integers.
struct ByteString: Hashable, Comparable, Sendable, CustomStringConvertible {
    let text: String
    private let bytesHash: Int

    init(_ text: String) {
        self.text = text
        var hasher = Hasher()
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        bytesHash = hasher.finalize()
    }

    static func == (a: ByteString, b: ByteString) -> Bool {
        a.bytesHash == b.bytesHash && a.text.utf8.elementsEqual(b.text.utf8)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }

    static func < (a: ByteString, b: ByteString) -> Bool { utf8Precedes(a.text, b.text) }

    var description: String { text }
}

/// Whether `a` sorts before `b` by UTF-8 bytes (code points), as
/// `a.utf8.lexicographicallyPrecedes(b.utf8)` says, comparing the bytes in place.
func utf8Precedes(_ a: String, _ b: String) -> Bool {
    let answer = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y -> Bool in
            let n = min(x.count, y.count)
            if n > 0, let p = x.baseAddress, let q = y.baseAddress {
                let c = memcmp(p, q, n)
                if c != 0 { return c < 0 }
            }
            return x.count < y.count
        }
    }
    return (answer ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
}
