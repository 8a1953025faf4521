extension Parser {
    /// A basic or literal string (single- or multi-line) starting at its opening quote.
    /// Decoded text is built only when an escape or CRLF makes it differ from the source.
    mutating func parseString(multiline: Bool) throws(TOMLError) -> TOMLString {
        let quote = current
        let isBasic = quote == UInt8(ascii: "\"")
        let openStart = pos
        pos += multiline ? 3 : 1
        if multiline {
            // A newline right after the opening delimiter is trimmed.
            if current == UInt8(ascii: "\n") {
                pos += 1
            } else if current == UInt8(ascii: "\r") && byte(at: pos + 1) == UInt8(ascii: "\n") {
                pos += 2
            }
        }
        let contentStart = pos
        var decoded: [UInt8]? = nil
        var decodedScalars = 0
        var jumps: [TOMLString.Jump] = []
        var runStart = pos

        // Appends the source run before `pos` to the decoded text (once decoding has begun).
        func flush(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) {
            if decoded == nil {
                decoded = []
                decoded!.reserveCapacity(end - contentStart + 16)
            }
            for b in bytes[runStart..<end] {
                decoded!.append(b)
                if b & 0xC0 != 0x80 { decodedScalars += 1 }
            }
        }
        func addJump(scalar: Unicode.Scalar?, source: Range<Int>) {
            let before = decoded!.count
            if let scalar { decoded!.append(contentsOf: UTF8.encode(scalar)!) }
            jumps.append(
                TOMLString.Jump(
                    decodedScalar: decodedScalars, decodedByte: before, scalars: scalar == nil ? 0 : 1,
                    bytes: decoded!.count - before, sourceStart: source.lowerBound, sourceEnd: source.upperBound))
            if scalar != nil { decodedScalars += 1 }
        }

        var contentEnd = 0
        // The bits of every source byte of the content, to tell ASCII text (whose scalar
        // offsets are byte offsets) from the rest.
        var allBits: UInt8 = 0
        scan: while true {
            // The fast path: bytes that stand for themselves.
            while pos < bytes.count {
                let b = bytes[pos]
                if b == quote || (b == UInt8(ascii: "\\") && isBasic) || (b < 0x20 && b != 0x09) || b == 0x7F { break }
                allBits |= b
                pos += 1
            }
            guard pos < bytes.count else {
                throw TOMLError(
                    code: .unterminatedString,
                    message: "expected `\(multiline ? String(repeating: Character(Unicode.Scalar(quote)), count: 3) : String(Character(Unicode.Scalar(quote))))` to close the string, found end of file",
                    span: openStart..<(openStart + (multiline ? 3 : 1)))
            }
            let b = bytes[pos]
            if b == quote {
                if !multiline {
                    contentEnd = pos
                    pos += 1
                    break scan
                }
                var run = 0
                while byte(at: pos + run) == quote { run += 1 }
                if run < 3 {
                    pos += run
                    continue scan
                }
                // Up to two quotes may sit right before the closing delimiter.
                guard run <= 5 else {
                    throw error(.unterminatedString, expected: "at most five quotes in a row", at: pos + 5)
                }
                pos += run - 3
                contentEnd = pos
                pos += 3
                break scan
            }
            if b == UInt8(ascii: "\\") {
                flush(bytes, upTo: pos)
                let escapeStart = pos
                let scalar = try parseEscape(multiline: multiline)
                if let scalar, !scalar.isASCII { allBits |= 0x80 }
                addJump(scalar: scalar, source: escapeStart..<pos)
                runStart = pos
                continue scan
            }
            if multiline && b == UInt8(ascii: "\n") {
                pos += 1
                continue scan
            }
            if multiline && b == UInt8(ascii: "\r") && byte(at: pos + 1) == UInt8(ascii: "\n") {
                // CRLF decodes as LF, as Python's tomllib does.
                flush(bytes, upTo: pos)
                addJump(scalar: "\n", source: pos..<(pos + 2))
                pos += 2
                runStart = pos
                continue scan
            }
            if !multiline && (b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") && byte(at: pos + 1) == UInt8(ascii: "\n")) {
                throw error(.unterminatedString, expected: "`\(Character(Unicode.Scalar(quote)))` to close the string", at: pos)
            }
            throw error(.controlCharacter, expected: "a string character (control characters must be escaped)", at: pos)
        }
        let value: String
        if decoded != nil {
            flush(bytes, upTo: contentEnd)
            value = String(decoding: decoded!, as: UTF8.self)
        } else {
            value = text(contentStart..<contentEnd)
        }
        return TOMLString(value: value, contentStart: contentStart, contentEnd: contentEnd, jumps: jumps,
                          isASCII: allBits < 0x80)
    }

    /// An escape at `pos` (the backslash). Returns the scalar, or `nil` for a line-ending backslash.
    private mutating func parseEscape(multiline: Bool) throws(TOMLError) -> Unicode.Scalar? {
        let start = pos
        let e = byte(at: pos + 1)
        pos += 2
        if multiline && (e == UInt8(ascii: " ") || e == UInt8(ascii: "\t") || e == UInt8(ascii: "\n") || e == UInt8(ascii: "\r")) {
            // A line-ending backslash: only whitespace may follow it on its line.
            pos -= 1
            skipWhitespace()
            guard current == UInt8(ascii: "\n") || current == UInt8(ascii: "\r") && byte(at: pos + 1) == UInt8(ascii: "\n") else {
                throw TOMLError(
                    code: .invalidEscape,
                    message: "expected a newline after a line-ending backslash, found \(found(at: pos).0)",
                    span: start..<(start + 1))
            }
            while true {
                skipWhitespace()
                if current == UInt8(ascii: "\n") {
                    pos += 1
                } else if current == UInt8(ascii: "\r") && byte(at: pos + 1) == UInt8(ascii: "\n") {
                    pos += 2
                } else {
                    return nil
                }
            }
        }
        switch e {
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = e == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<digits {
                let b = current
                let digit: UInt8
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
                default:
                    throw error(.invalidEscape, expected: "\(digits) hex digits after `\\\(Character(Unicode.Scalar(e)))`", at: pos)
                }
                value = value << 4 | UInt32(digit)
                pos += 1
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw TOMLError(
                    code: .invalidEscape,
                    message: "expected a Unicode scalar value, found `\(text(start..<pos))`",
                    span: start..<pos)
            }
            return scalar
        default:
            let (what, span) = found(at: start + 1)
            let shown = what == "end of file" || what == "newline" ? what : "`\\\(what.dropFirst())"
            throw TOMLError(
                code: .invalidEscape, message: "expected an escape sequence, found \(shown)",
                span: start..<span.upperBound)
        }
    }
}
