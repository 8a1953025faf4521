import PEP440

/// Parses a DepURL held as Unicode scalars; `base` shifts every span, so that a DepURL
/// embedded in a longer string (an external dependency specifier) reports offsets of
/// that string.
struct DepURLParser {
    let text: [Unicode.Scalar]
    let base: Int

    init(_ text: [Unicode.Scalar], base: Int) {
        self.text = text
        self.base = base
    }

    /// Whether the PURL specification makes namespace and name case-insensitive for
    /// this type.
    static func isCaseInsensitive(type: String) -> Bool {
        switch type {
        case "alpm", "apk", "bitbucket", "composer", "github", "gitlab", "hex", "luarocks", "pypi", "qpkg": true
        default: false
        }
    }

    static let virtualNamespaces = ["compiler", "interface"]

    private func error(_ message: String, _ start: Int, _ end: Int) -> ParseError {
        ParseError(kind: .invalidDepURL, message: message, span: SourceSpan(start: base + start, end: base + max(end, start)))
    }

    private func slice(_ start: Int, _ end: Int) -> String {
        ScalarText.string(text[start..<end])
    }

    private func found(_ start: Int, _ end: Int) -> String {
        start >= end ? "end of input" : "`\(slice(start, end))`"
    }

    private func decode(_ start: Int, _ end: Int) throws(ParseError) -> String {
        switch PercentEncoding.decode(Array(text[start..<end])) {
        case .success(let value): return value
        case .failure(let failure):
            throw error(failure.message, start + failure.offset, start + failure.offset + failure.length)
        }
    }

    func parse() throws(ParseError) -> DepURL {
        guard text.count >= 4, text[0] == "d", text[1] == "e", text[2] == "p", text[3] == ":" else {
            let colon = text.firstIndex(of: ":").map { $0 + 1 } ?? min(text.count, 4)
            throw error("expected `dep:`, found \(found(0, colon))", 0, colon)
        }
        if let space = text.firstIndex(where: ScalarText.isWhitespace) {
            throw error("expected a DepURL without whitespace, found \(found(space, space + 1))", space, space + 1)
        }
        // PURL parsers accept `pkg://type/...`; so do we.
        var cursor = 4
        while cursor < text.count && text[cursor] == "/" { cursor += 1 }
        let hash = text[cursor...].firstIndex(of: "#") ?? text.count
        let question = text[cursor..<hash].firstIndex(of: "?") ?? hash

        guard let slash = text[cursor..<question].firstIndex(of: "/") else {
            throw error("expected `/` after the type, found \(found(question, question))", cursor, question)
        }
        let type = try parseType(cursor, slash)

        // The version `@` is the first one after the last `/`, so that a namespace may
        // start with `@` (npm scopes) without being taken for a version.
        let lastSlash = text[slash..<question].lastIndex(of: "/") ?? slash
        let at = text[lastSlash..<question].firstIndex(of: "@") ?? question

        var segments: [(String, Int, Int)] = []
        var start = slash + 1
        for index in (slash + 1)...at where index == at || text[index] == "/" {
            if index > start { segments.append((try decode(start, index), start, index)) }
            start = index + 1
        }
        guard let last = segments.popLast(), !last.0.isEmpty else {
            throw error("expected a name after `\(slice(0, slash + 1))`, found \(found(at, at))", slash + 1, at)
        }
        var namespace = segments.map(\.0)
        var name = last.0
        if let empty = segments.first(where: { $0.0.isEmpty }) {
            throw error("expected a non-empty namespace segment, found `\(slice(empty.1, empty.2))`", empty.1, empty.2)
        }

        if type == "virtual" {
            guard namespace.count == 1, Self.virtualNamespaces.contains(namespace[0].lowercased()) else {
                let nsStart = slash + 1
                let nsEnd = segments.last?.2 ?? nsStart
                throw error(
                    "expected namespace `compiler` or `interface` for type `virtual`, found "
                        + (segments.isEmpty ? "none" : "`\(slice(nsStart, nsEnd))`"),
                    nsStart, segments.isEmpty ? last.2 : nsEnd)
            }
            namespace = namespace.map { $0.lowercased() }
            name = name.lowercased()
        } else if Self.isCaseInsensitive(type: type) {
            namespace = namespace.map { $0.lowercased() }
            name = name.lowercased()
            if type == "pypi" { name = name.replacingUnderscores() }
        }

        var version: DepURLVersion?
        if at < question {
            version = try DepURLVersionParser(text: text, base: base).parse(at + 1, question)
        }
        let qualifiers = question < hash ? try parseQualifiers(question + 1, hash) : [:]
        var subpath: [String] = []
        if hash < text.count {
            var segmentStart = hash + 1
            for index in (hash + 1)...text.count where index == text.count || text[index] == "/" {
                let segment = try decode(segmentStart, index)
                if !segment.isEmpty && segment != "." && segment != ".." { subpath.append(segment) }
                segmentStart = index + 1
            }
        }
        return DepURL(type: type, namespace: namespace, name: name, version: version,
                      qualifiers: qualifiers, subpath: subpath)
    }

    private func parseType(_ start: Int, _ end: Int) throws(ParseError) -> String {
        guard start < end else { throw error("expected a type after `dep:`, found `/`", start, start + 1) }
        if ("0"..."9").contains(text[start]) {
            throw error("expected a type starting with a letter, found `\(slice(start, end))`", start, end)
        }
        for index in start..<end {
            let scalar = text[index]
            let ok = ScalarText.isASCIIAlphanumeric(scalar) || scalar == "." || scalar == "-" || scalar == "+"
            if !ok {
                throw error("expected a type of ASCII letters, digits, `.`, `+`, `-`, found `\(slice(start, end))`",
                            index, index + 1)
            }
        }
        return slice(start, end).lowercased()
    }

    private func parseQualifiers(_ start: Int, _ end: Int) throws(ParseError) -> [String: String] {
        var result: [String: String] = [:]
        var pairStart = start
        for index in start...end where index == end || text[index] == "&" {
            defer { pairStart = index + 1 }
            if index == pairStart { continue }
            guard let equals = text[pairStart..<index].firstIndex(of: "=") else {
                throw error("expected `key=value` qualifier, found `\(slice(pairStart, index))`", pairStart, index)
            }
            let key = slice(pairStart, equals).lowercased()
            let keyValid = !key.isEmpty && !("0"..."9").contains(text[pairStart])
                && key.unicodeScalars.allSatisfy {
                    ScalarText.isASCIIAlphanumeric($0) || $0 == "." || $0 == "-" || $0 == "_"
                }
            guard keyValid else {
                throw error(
                    "expected a qualifier key of ASCII letters, digits, `.`, `-`, `_` not starting with a digit, found "
                        + found(pairStart, equals), pairStart, equals)
            }
            guard result[key] == nil else {
                throw error("expected each qualifier key once, found `\(key)` again", pairStart, equals)
            }
            let value = try decode(equals + 1, index)
            // PURL drops qualifiers whose value is empty.
            if !value.isEmpty { result[key] = value }
        }
        return result
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "_" ? "-" : $0 }))
    }
}
