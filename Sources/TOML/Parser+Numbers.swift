extension Parser {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }

    /// An integer, float, or date/time at `pos`.
    mutating func parseNumberOrDateTime() throws(TOMLError) -> TOMLValue {
        let start = pos
        let d = Parser.isDigit
        if d(byte(at: pos)) && d(byte(at: pos + 1)) {
            if d(byte(at: pos + 2)) && d(byte(at: pos + 3)) && byte(at: pos + 4) == UInt8(ascii: "-") {
                return try parseDateTime()
            }
            if byte(at: pos + 2) == UInt8(ascii: ":") { return try parseDateTime() }
        }
        let end = tokenEnd(from: start)
        let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let kind = try numberKind(token, at: start)
        pos = end
        return TOMLValue(kind: kind, span: start..<end)
    }

    private func invalidNumber(_ expected: String, at offset: Int, tokenEnd: Int) -> TOMLError {
        let (what, span) = offset < tokenEnd ? found(at: offset) : found(at: tokenEnd)
        return TOMLError(
            code: .invalidNumber, message: "expected \(expected), found \(offset < tokenEnd ? what : "end of number")",
            span: span)
    }

    /// Validates and converts the bytes of a number; `base` is the token's source offset.
    private func numberKind(_ token: UnsafeBufferPointer<UInt8>, at base: Int) throws(TOMLError) -> TOMLValue.Kind {
        let n = token.count
        var i = 0
        var negative = false
        let hasSign = token[0] == UInt8(ascii: "+") || token[0] == UInt8(ascii: "-")
        if hasSign {
            negative = token[0] == UInt8(ascii: "-")
            i = 1
        }
        let rest = UnsafeBufferPointer(rebasing: token[i...])
        if rest.elementsEqual("inf".utf8) { return .float(negative ? -.infinity : .infinity) }
        if rest.elementsEqual("nan".utf8) { return .float(negative ? -.nan : .nan) }
        guard i < n, Parser.isDigit(token[i]) else {
            throw TOMLError(
                code: .expectedValue, message: "expected a value, found `\(text(base..<(base + n)))`",
                span: base..<(base + n))
        }

        // Digits with single underscores between them; returns the index after the run.
        func digitRun(from start: Int, isDigit: (UInt8) -> Bool) throws(TOMLError) -> Int {
            var j = start
            guard j < n, isDigit(token[j]) else { throw invalidNumber("a digit", at: base + j, tokenEnd: base + n) }
            j += 1
            while j < n {
                if isDigit(token[j]) { j += 1; continue }
                if token[j] == UInt8(ascii: "_") {
                    guard j + 1 < n, isDigit(token[j + 1]) else {
                        throw invalidNumber("a digit after `_`", at: base + j + 1, tokenEnd: base + n)
                    }
                    j += 1
                    continue
                }
                break
            }
            return j
        }

        // Hexadecimal, octal, binary: no sign, no float.
        if token[i] == UInt8(ascii: "0") && i + 1 < n {
            let radixMark = token[i + 1]
            let radix: UInt64
            let isDigit: (UInt8) -> Bool
            switch radixMark {
            case UInt8(ascii: "x"):
                radix = 16
                isDigit = { Parser.isDigit($0) || ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "f") }
            case UInt8(ascii: "o"): radix = 8; isDigit = { $0 &- UInt8(ascii: "0") < 8 }
            case UInt8(ascii: "b"): radix = 2; isDigit = { $0 &- UInt8(ascii: "0") < 2 }
            default: radix = 0; isDigit = { _ in false }
            }
            if radix != 0 {
                guard !hasSign else {
                    throw invalidNumber("a decimal number after a sign", at: base + i + 1, tokenEnd: base + n)
                }
                let end = try digitRun(from: i + 2, isDigit: isDigit)
                guard end == n else { throw invalidNumber("a digit", at: base + end, tokenEnd: base + n) }
                var value: UInt64 = 0
                for j in (i + 2)..<n where token[j] != UInt8(ascii: "_") {
                    let c = token[j]
                    let digit = Parser.isDigit(c) ? UInt64(c - UInt8(ascii: "0")) : UInt64((c | 0x20) - UInt8(ascii: "a") + 10)
                    let (m, o1) = value.multipliedReportingOverflow(by: radix)
                    let (s, o2) = m.addingReportingOverflow(digit)
                    guard !o1 && !o2 && s <= UInt64(Int64.max) else { throw overflow(base..<(base + n)) }
                    value = s
                }
                return .integer(Int64(value))
            }
        }

        let intEnd = try digitRun(from: i, isDigit: Parser.isDigit)
        if token[i] == UInt8(ascii: "0") && intEnd > i + 1 {
            throw TOMLError(
                code: .invalidNumber, message: "expected a number without leading zeros, found `\(text(base..<(base + n)))`",
                span: base..<(base + n))
        }
        var j = intEnd
        var isFloat = false
        if j < n && token[j] == UInt8(ascii: ".") {
            isFloat = true
            j = try digitRun(from: j + 1, isDigit: Parser.isDigit)
        }
        if j < n && (token[j] | 0x20) == UInt8(ascii: "e") {
            isFloat = true
            j += 1
            if j < n && (token[j] == UInt8(ascii: "+") || token[j] == UInt8(ascii: "-")) { j += 1 }
            j = try digitRun(from: j, isDigit: Parser.isDigit)
        }
        guard j == n else { throw invalidNumber("a digit", at: base + j, tokenEnd: base + n) }

        if isFloat {
            var text = ""
            text.reserveCapacity(n)
            for c in token where c != UInt8(ascii: "_") { text.unicodeScalars.append(Unicode.Scalar(c)) }
            guard let value = Double(text) else {
                throw TOMLError(code: .invalidNumber, message: "expected a float, found `\(text)`", span: base..<(base + n))
            }
            return .float(value)
        }
        // Accumulate on the negative side so that Int64.min fits.
        var value: Int64 = 0
        for k in i..<n where token[k] != UInt8(ascii: "_") {
            let digit = Int64(token[k] - UInt8(ascii: "0"))
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(digit)
            guard !o1 && !o2 else { throw overflow(base..<(base + n)) }
            value = s
        }
        if !negative {
            guard value != .min else { throw overflow(base..<(base + n)) }
            value = -value
        }
        return .integer(value)
    }

    private func overflow(_ span: Range<Int>) -> TOMLError {
        TOMLError(
            code: .integerOverflow,
            message: "expected an integer between -2^63 and 2^63-1, found `\(text(span))`", span: span)
    }
}
