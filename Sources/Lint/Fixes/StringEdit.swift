import Diagnostics
import TOML

/// Replacement text for part of a requirement string, written the way the string's TOML
/// quoting writes it: a fix changes that part's bytes and nothing else, keeps a basic
/// string basic (escaping `"` and `\`) and a literal string literal (which cannot hold a
/// `'`: no fix then).
enum StringEdit {
    /// The four TOML string forms.
    enum Style {
        case basic, multilineBasic, literal, multilineLiteral
    }

    /// The form of `text` in the file, from its opening quotes.
    static func style(of text: TextValue, in source: SourceFile) -> Style? {
        let bytes = source.bytes
        let start = text.span.lowerBound
        guard start < bytes.count else { return nil }
        let triple = start + 3 <= bytes.count && bytes[start + 1] == bytes[start] && bytes[start + 2] == bytes[start]
        switch bytes[start] {
        case UInt8(ascii: "\""): return triple ? .multilineBasic : .basic
        case UInt8(ascii: "'"): return triple ? .multilineLiteral : .literal
        default: return nil
        }
    }

    /// `replacement` as it is written between the quotes of a string of `style`; nil when
    /// that form cannot hold it.
    static func encode(_ replacement: String, as style: Style) -> String? {
        switch style {
        case .basic, .multilineBasic:
            var out = ""
            for scalar in replacement.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\t": out.unicodeScalars.append(scalar)
                case "\n" where style == .multilineBasic: out.unicodeScalars.append(scalar)
                case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        case .literal:
            let allowed = replacement.unicodeScalars.allSatisfy { $0 != "'" && ($0 == "\t" || ($0.value >= 0x20 && $0.value != 0x7F)) }
            return allowed ? replacement : nil
        case .multilineLiteral:
            let allowed = !replacement.contains("'''")
                && replacement.unicodeScalars.allSatisfy { $0 == "\t" || $0 == "\n" || ($0.value >= 0x20 && $0.value != 0x7F) }
            return allowed ? replacement : nil
        }
    }

    /// The bytes of `entry`'s string for its scalars `scalars`, and what to write there
    /// instead so that those scalars become `replacement`; the text is nil when the
    /// string's form cannot hold it.
    static func fix(_ entry: RequirementEntry, replacing scalars: Range<Int>, with replacement: String,
                    in source: SourceFile) -> (span: Range<Int>, text: String?) {
        let span = entry.sourceRange(scalars)
        if replacement.isEmpty { return (span, "") }
        return (span, style(of: entry.text, in: source).flatMap { encode(replacement, as: $0) })
    }
}
