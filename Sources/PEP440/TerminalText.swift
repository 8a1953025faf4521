// Text that reaches a terminal must not carry control characters: a file or an argument
// containing ESC could otherwise restyle or rewrite the user's screen. Each control
// character is shown as its Control Pictures symbol (one scalar wide, like the character it
// stands for, so columns keep their meaning); a tab becomes four spaces, as in ruff.
//
// Every renderer of errors uses this one definition: ``ParseError/rendered(source:)`` here,
// and the Diagnostics module's renderers (through `package` access).

/// The terminal-safe display of text: control characters as Control Pictures symbols.
package enum TerminalText {
    package static let tabWidth = 4

    /// The display form of one source scalar.
    package static func display(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x09: String(repeating: " ", count: tabWidth)
        case 0x00..<0x20: String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: "\u{2421}"
        case 0x80..<0xA0: "\u{FFFD}"
        default: String(scalar)
        }
    }

    /// How many columns ``display(_:)`` takes.
    package static func width(_ scalar: Unicode.Scalar) -> Int {
        scalar == "\t" ? tabWidth : 1
    }

    /// A message made safe for a terminal. Newlines are kept when `keepingNewlines` (callers
    /// that indent continuation lines), otherwise shown as `␊` like every other control.
    package static func sanitized(_ text: String, keepingNewlines: Bool = true) -> String {
        func escaped(_ scalar: Unicode.Scalar) -> Bool { isControl(scalar) && !(keepingNewlines && scalar == "\n") }
        guard text.unicodeScalars.contains(where: escaped) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if escaped(scalar) {
                result += display(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// ``sanitized(_:keepingNewlines:)`` on one line: newlines become spaces. Free for the
    /// usual message, which holds no control character.
    package static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        return sanitized(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ")
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}
