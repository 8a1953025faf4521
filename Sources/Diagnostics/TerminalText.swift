// Text that reaches a terminal must not carry control characters: a file containing
// ESC could otherwise restyle or rewrite the user's screen. Each control character is
// shown as its Control Pictures symbol (one scalar wide, like the character it stands
// for, so columns keep their meaning); a tab becomes four spaces, as in ruff.
enum TerminalText {
    static let tabWidth = 4

    /// The display form of one source scalar.
    static func display(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: String(repeating: " ", count: tabWidth)
        case 0x00..<0x20: String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: "\u{2421}"
        case 0x80..<0xA0: "\u{FFFD}"
        default: String(scalar)
        }
    }

    /// How many columns ``display(_:)`` takes.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        scalar == "\t" ? tabWidth : 1
    }

    /// A message made safe for a terminal; newlines are kept (callers indent them).
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || !isControl(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += display(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}
