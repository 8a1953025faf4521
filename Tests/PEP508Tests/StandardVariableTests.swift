import Testing
@testable import PEP508

struct SpellingCase: Sendable, CustomTestStringConvertible {
    var spelling: String
    var expected: StandardVariable?
    var testDescription: String { spelling }
}

/// `StandardVariable.lookup` is a switch written by hand; these pin it to the tables.
@Suite struct StandardVariableLookup {
    static let tableCases: [SpellingCase] =
        (StandardVariable.names + StandardVariable.legacy).map { SpellingCase(spelling: "\($0.0)", expected: $0.1) }

    // Near misses: same length as a real name, one byte off, case, prefixes and suffixes.
    static let missCases: [SpellingCase] = [
        "", "e", "extr", "extraa", "Extra", "os-name", "os_nam", "sys_platforms", "platform_relxase",
        "platform.release", "platform_xersion", "sys.abi_features", "variant.features", "variant_featurez",
        "python.version", "python_full.version", "implementation.name", "python_implementatio",
        "platform_python.implementation", "dependency.groups", "variant_label_", "platform_system.",
        "and", "or", "in", "not",
    ].map { SpellingCase(spelling: $0, expected: nil) }

    @Test(arguments: tableCases + missCases)
    func lookup(_ c: SpellingCase) {
        #expect(StandardVariable.named(c.spelling) == c.expected)
    }

    @Test func everyVariableHasItsModernSpelling() {
        for variable in StandardVariable.allCases {
            #expect(StandardVariable.named(variable.name) == variable)
        }
    }
}

/// The byte classes behind names, extras and marker keywords are bit sets written as
/// hexadecimal constants; these pin them, for every byte value, to their definitions.
@Suite struct ByteClasses {
    static func isLetterOrDigit(_ c: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(c)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(c)
    }

    @Test(arguments: 0...255)
    func classes(_ value: Int) {
        let c = UInt8(value)
        #expect(Cursor.isAlphanumeric(c) == ByteClasses.isLetterOrDigit(c))
        #expect(Cursor.isIdentifierByte(c) == (ByteClasses.isLetterOrDigit(c) || c == 0x2D || c == 0x2E || c == 0x5F))
        #expect(Cursor.isVersionByte(c) == (Cursor.isIdentifierByte(c) || c == 0x2A || c == 0x2B || c == 0x21))
        #expect(Cursor.isChangedByNormalization(c) == ((0x41...0x5A).contains(c) || c == 0x2E || c == 0x5F))
    }
}
