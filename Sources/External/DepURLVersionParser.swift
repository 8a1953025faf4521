import PEP440

/// Parses the text after `@` in a DepURL into a ``DepURLVersion``, validating each clause
/// with the PEP440 module and rejecting the operators PEP 725 leaves out.
struct DepURLVersionParser {
    let text: [Unicode.Scalar]
    let base: Int

    private func slice(_ start: Int, _ end: Int) -> String {
        ScalarText.string(text[start..<end])
    }

    private func error(_ kind: ErrorKind, _ message: String, _ start: Int, _ end: Int) -> ParseError {
        ParseError(kind: kind, message: message, span: SourceSpan(start: base + start, end: base + end))
    }

    /// Shifts a PEP440 error on `slice(start, _)` to offsets of the whole input.
    private func shifted(_ inner: ParseError, by start: Int, end: Int) -> ParseError {
        var moved = inner
        moved.span = SourceSpan(start: base + min(start + inner.span.start, end),
                                end: base + min(start + inner.span.end, end))
        return moved
    }

    func parse(_ start: Int, _ end: Int) throws(ParseError) -> DepURLVersion {
        guard start < end else {
            throw error(.invalidDepURL, "expected a version after `@`, found end of version", start - 1, start)
        }
        // A percent-encoded version is decoded first; spans inside it then cover the
        // whole version, since decoded offsets no longer match the source.
        if text[start..<end].contains("%") {
            guard case .success(let decoded) = PercentEncoding.decode(Array(text[start..<end])) else {
                throw error(.invalidDepURL, "expected a valid percent-encoded version, found `\(slice(start, end))`",
                            start, end)
            }
            let inner = DepURLVersionParser(text: Array(decoded.unicodeScalars), base: 0)
            do {
                return try inner.parse(0, inner.text.count)
            } catch {
                var moved = error
                moved.span = SourceSpan(start: base + start, end: base + end)
                throw moved
            }
        }
        if ("0"..."9").contains(text[start]) {
            let written = slice(start, end)
            do throws(ParseError) {
                _ = try Version(parsing: written)
                let specifiers = try SpecifierSet(parsing: "==" + written)
                return DepURLVersion(constraints: [.init(op: .equal, version: written)], isBare: true,
                                     specifiers: specifiers)
            } catch {
                throw shifted(error, by: start, end: end)
            }
        }
        var constraints: [DepURLVersion.Constraint] = []
        var clauseStart = start
        for index in start...end where index == end || text[index] == "," {
            defer { clauseStart = index + 1 }
            constraints.append(try clause(clauseStart, index))
        }
        let written = constraints.map(\.description).joined(separator: ",")
        do throws(ParseError) {
            return DepURLVersion(constraints: constraints, isBare: false, specifiers: try SpecifierSet(parsing: written))
        } catch {
            throw self.error(.invalidDepURL, error.message, start, end)
        }
    }

    private func clause(_ start: Int, _ end: Int) throws(ParseError) -> DepURLVersion.Constraint {
        guard start < end else {
            throw error(.invalidDepURL, "expected a version constraint, found `,`", min(start, end), min(start + 1, text.count))
        }
        var opEnd = start
        while opEnd < end, "<>=!~".unicodeScalars.contains(text[opEnd]) { opEnd += 1 }
        let opText = slice(start, opEnd)
        guard let op = DepURLVersion.Operator(rawValue: opText) else {
            if ["~=", "!=", "==="].contains(opText) {
                throw error(.unsupportedVersionOperator,
                            "expected one of `>=`, `>`, `<`, `<=`, `==`, found `\(opText)`", start, opEnd)
            }
            throw error(.invalidDepURL,
                        "expected a version operator (`>=`, `>`, `<`, `<=`, `==`), found `\(slice(start, end))`",
                        start, opEnd == start ? end : opEnd)
        }
        let version = slice(opEnd, end)
        if version.hasSuffix(".*") {
            throw error(.unsupportedVersionOperator, "expected a version without a wildcard, found `.*`", end - 2, end)
        }
        do throws(ParseError) {
            _ = try Specifier(parsing: opText + version)
        } catch {
            throw shifted(error, by: start, end: end)
        }
        return DepURLVersion.Constraint(op: op, version: version)
    }
}
