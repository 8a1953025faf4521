/// The fields of an `/etc/os-release` file that select an ecosystem.
///
/// Parsing follows os-release(5): `KEY=value` lines, values optionally in single or
/// double quotes with backslash escapes; comments and malformed lines are ignored.
public struct OSRelease: Hashable, Sendable {
    public var id: String?
    public var idLike: [String]
    public var versionID: String?

    public init(id: String? = nil, idLike: [String] = [], versionID: String? = nil) {
        self.id = id
        self.idLike = idLike
        self.versionID = versionID
    }

    /// Reads the text of an os-release file.
    public init(parsing text: String) {
        var fields: [String: String] = [:]
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            fields[String(line[..<equals])] = Self.unquote(line[line.index(after: equals)...])
        }
        id = fields["ID"]
        idLike = fields["ID_LIKE"].map { $0.split(separator: " ").map(String.init) } ?? []
        versionID = fields["VERSION_ID"]
    }

    private static func unquote(_ raw: Substring) -> String {
        let value = raw.trimmingTrailingWhitespace()
        guard let quote = value.first, quote == "\"" || quote == "'", value.count >= 2, value.last == quote else {
            return String(value)
        }
        var result = ""
        var escaped = false
        for character in value.dropFirst().dropLast() {
            if escaped || character != "\\" || quote == "'" {
                result.append(character)
                escaped = false
            } else {
                escaped = true
            }
        }
        return result
    }
}

extension Substring {
    fileprivate func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[startIndex..<end]
    }
}
