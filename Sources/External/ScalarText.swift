/// Cheap building blocks for the DepURL parsers, which work on arrays of Unicode
/// scalars (their error spans count scalars): strings built straight from UTF-8, and
/// character classes decided without Unicode property tables for ASCII.
enum ScalarText {
    /// The string of `scalars`, encoded once into its final storage.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var index = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[index] = byte
                    index += 1
                }
            }
            return index
        }
    }

    /// ASCII letters and digits.
    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// Unicode's White_Space property, read from the tables only beyond ASCII.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20: true
        case 0..<0x80: false
        default: scalar.properties.isWhitespace
        }
    }
}
