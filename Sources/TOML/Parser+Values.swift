extension Parser {
    /// A value starting at `pos`; `depth` is how deeply it is nested (tables, arrays, inline tables).
    mutating func parseValue(depth: Int) throws(TOMLError) -> TOMLValue {
        let start = pos
        switch current {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let multiline = byte(at: pos + 1) == current && byte(at: pos + 2) == current
            let string = try parseString(multiline: multiline)
            return TOMLValue(kind: .string(string), span: start..<pos)
        case UInt8(ascii: "["):
            return try parseArray(depth: depth)
        case UInt8(ascii: "{"):
            return try parseInlineTable(depth: depth)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            let end = tokenEnd(from: pos)
            let word = UnsafeBufferPointer(rebasing: bytes[pos..<end])
            if word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8) {
                pos = end
                return TOMLValue(kind: .bool(word.count == 4), span: start..<end)
            }
            throw expectedValue(at: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
             UInt8(ascii: "i"), UInt8(ascii: "n"):
            return try parseNumberOrDateTime()
        default:
            throw expectedValue(at: start)
        }
    }

    func expectedValue(at offset: Int) -> TOMLError {
        let end = tokenEnd(from: offset)
        if end > offset + 1 {
            return TOMLError(
                code: .expectedValue, message: "expected a value, found `\(text(offset..<end))`", span: offset..<end)
        }
        return error(.expectedValue, expected: "a value", at: offset)
    }

    /// The end of a run of bytes that can make up a bare word, number or date.
    func tokenEnd(from offset: Int) -> Int {
        var end = offset
        while end < bytes.count {
            let b = bytes[end]
            guard Parser.isBareKeyByte(b) || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
                || b == UInt8(ascii: ":")
            else { break }
            end += 1
        }
        return end
    }

    func checkDepth(_ depth: Int, at offset: Int) throws(TOMLError) {
        guard depth <= TOMLDocument.maximumDepth else { throw .nestingTooDeep(at: offset..<(offset + 1)) }
    }

    mutating func parseArray(depth: Int) throws(TOMLError) -> TOMLValue {
        let start = pos
        try checkDepth(depth, at: start)
        pos += 1
        var elements: [TOMLValue] = []
        while true {
            try skipTrivia()
            if current == UInt8(ascii: "]") { pos += 1; break }
            elements.append(try parseValue(depth: depth + 1))
            try skipTrivia()
            if current == UInt8(ascii: ",") { pos += 1; continue }
            if current == UInt8(ascii: "]") { pos += 1; break }
            if atEnd { throw error(.expectedComma, expected: "`]` to close the array opened at byte \(start)", at: pos) }
            throw error(.expectedComma, expected: "`,` or `]`", at: pos)
        }
        return TOMLValue(kind: .array(elements), span: start..<pos)
    }

    mutating func parseInlineTable(depth: Int) throws(TOMLError) -> TOMLValue {
        let start = pos
        try checkDepth(depth, at: start)
        pos += 1
        // The inline table's nodes are scratch: they become a value as soon as it closes.
        let mark = builder.mark
        let node = builder.newTable(definition: .inlineTable(start..<start), depth: depth, state: .dotted)
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            pos += 1
        } else {
            while true {
                let keys = try parseKey()
                guard current == UInt8(ascii: "=") else {
                    throw error(.expectedEquals, expected: "`=` after a key", at: pos)
                }
                pos += 1
                skipWhitespace()
                let value = try parseValue(depth: depth + keys.count)
                try builder.insert(keys: keys, value: value, into: node)
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    pos += 1
                    skipWhitespace()
                    continue
                }
                if current == UInt8(ascii: "}") { pos += 1; break }
                throw error(.expectedComma, expected: "`,` or `}`", at: pos)
            }
        }
        let table = builder.finish(node, definition: .inlineTable(start..<pos))
        builder.reset(to: mark)
        return TOMLValue(kind: .inlineTable(table), span: start..<pos)
    }
}
