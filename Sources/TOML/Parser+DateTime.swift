extension Parser {
    /// An RFC 3339 date, time or date-time as TOML 1.0 allows (seconds required).
    mutating func parseDateTime() throws(TOMLError) -> TOMLValue {
        let start = pos
        var date: TOMLDateTime.Date? = nil
        var time: TOMLDateTime.Time? = nil
        var offset: Int? = nil
        if byte(at: pos + 2) != UInt8(ascii: ":") {
            let year = try digits(4, "a four-digit year")
            try expect(UInt8(ascii: "-"), "`-` after the year")
            let month = try digits(2, "a two-digit month")
            try expect(UInt8(ascii: "-"), "`-` after the month")
            let day = try digits(2, "a two-digit day")
            guard (1...12).contains(month) else { throw outOfRange("month", pos - 5..<pos - 3) }
            guard day >= 1 && day <= Parser.daysIn(month: month, year: year) else {
                throw outOfRange("day", pos - 2..<pos)
            }
            date = TOMLDateTime.Date(year: year, month: month, day: day)
            let separator = current
            let spaceThenTime = separator == UInt8(ascii: " ") && Parser.isDigit(byte(at: pos + 1))
                && Parser.isDigit(byte(at: pos + 2)) && byte(at: pos + 3) == UInt8(ascii: ":")
            guard separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") || spaceThenTime else {
                return TOMLValue(kind: .localDate(make(start, date, nil, nil)), span: start..<pos)
            }
            pos += 1
        }
        time = try parseTime()
        if date != nil {
            switch current {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                pos += 1
                offset = 0
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let sign = current == UInt8(ascii: "-") ? -1 : 1
                pos += 1
                let hours = try digits(2, "a two-digit offset hour")
                try expect(UInt8(ascii: ":"), "`:` in the offset")
                let minutes = try digits(2, "a two-digit offset minute")
                guard hours <= 23 else { throw outOfRange("offset hour", pos - 5..<pos - 3) }
                guard minutes <= 59 else { throw outOfRange("offset minute", pos - 2..<pos) }
                offset = sign * (hours * 60 + minutes)
            default:
                break
            }
        }
        let value = make(start, date, time, offset)
        let kind: TOMLValue.Kind =
            date == nil ? .localTime(value) : offset == nil ? .localDateTime(value) : .offsetDateTime(value)
        return TOMLValue(kind: kind, span: start..<pos)
    }

    private func make(
        _ start: Int, _ date: TOMLDateTime.Date?, _ time: TOMLDateTime.Time?, _ offset: Int?
    ) -> TOMLDateTime {
        TOMLDateTime(date: date, time: time, offsetMinutes: offset, text: text(start..<pos))
    }

    private mutating func parseTime() throws(TOMLError) -> TOMLDateTime.Time {
        let hour = try digits(2, "a two-digit hour")
        try expect(UInt8(ascii: ":"), "`:` after the hour")
        let minute = try digits(2, "a two-digit minute")
        try expect(UInt8(ascii: ":"), "`:` after the minute")
        let second = try digits(2, "a two-digit second")
        guard hour <= 23 else { throw outOfRange("hour", pos - 8..<pos - 6) }
        guard minute <= 59 else { throw outOfRange("minute", pos - 5..<pos - 3) }
        // 60 is a leap second, which RFC 3339 allows.
        guard second <= 60 else { throw outOfRange("second", pos - 2..<pos) }
        var fraction = ""
        var nanosecond = 0
        if current == UInt8(ascii: ".") {
            pos += 1
            let fractionStart = pos
            while Parser.isDigit(current) { pos += 1 }
            guard pos > fractionStart else {
                throw error(.invalidDateTime, expected: "digits after `.` in the seconds", at: pos)
            }
            fraction = text(fractionStart..<pos)
            var scale = 100_000_000
            for k in fractionStart..<min(pos, fractionStart + 9) {
                nanosecond += Int(bytes[k] - UInt8(ascii: "0")) * scale
                scale /= 10
            }
        }
        return TOMLDateTime.Time(hour: hour, minute: minute, second: second, fraction: fraction, nanosecond: nanosecond)
    }

    private mutating func digits(_ count: Int, _ what: String) throws(TOMLError) -> Int {
        var value = 0
        for _ in 0..<count {
            guard Parser.isDigit(current) else { throw error(.invalidDateTime, expected: what, at: pos) }
            value = value * 10 + Int(current - UInt8(ascii: "0"))
            pos += 1
        }
        return value
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(TOMLError) {
        guard current == byte else { throw error(.invalidDateTime, expected: what, at: pos) }
        pos += 1
    }

    private func outOfRange(_ what: String, _ span: Range<Int>) -> TOMLError {
        TOMLError(code: .invalidDateTime, message: "expected a valid \(what), found `\(text(span))`", span: span)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
