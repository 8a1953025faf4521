/// The `KEY=value` lines of os-release(5).
struct OSRelease {
    var values: [String: String] = [:]

    /// Parses the shell-like assignments; quoted values may use `\` escapes. Lines that are not
    /// assignments are skipped, as systemd does.
    init(_ text: String) {
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingASCIIWhitespace()
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = String(trimmed[..<equals])
            guard !key.isEmpty, key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else { continue }
            values[key] = OSRelease.unquote(trimmed[trimmed.index(after: equals)...])
        }
    }

    private static func unquote(_ raw: Substring) -> String {
        guard let quote = raw.first, quote == "\"" || quote == "'" else { return String(raw) }
        var result = ""
        var escaped = false
        for character in raw.dropFirst() {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" && quote == "\"" {
                escaped = true
            } else if character == quote {
                break
            } else {
                result.append(character)
            }
        }
        return result
    }
}
