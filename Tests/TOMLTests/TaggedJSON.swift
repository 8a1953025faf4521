import Foundation
import TOML

/// toml-test's tagged JSON: tables and arrays as JSON, every scalar as `{"type": …, "value": …}`.
indirect enum TaggedJSON: Equatable, CustomStringConvertible {
    case table([String: TaggedJSON])
    case array([TaggedJSON])
    case scalar(type: String, value: String)

    /// Reads the expected JSON of a valid case.
    init(json: Any) throws {
        if let object = json as? [String: Any] {
            if object.count == 2, let type = object["type"] as? String, let value = object["value"] as? String {
                self = .scalar(type: type, value: value)
            } else {
                var table: [String: TaggedJSON] = [:]
                for (key, value) in object { table[key] = try TaggedJSON(json: value) }
                self = .table(table)
            }
        } else if let array = json as? [Any] {
            self = .array(try array.map(TaggedJSON.init(json:)))
        } else {
            throw CocoaError(.coderInvalidValue)
        }
    }

    /// Converts a parsed value the way toml-test's encoders do.
    init(_ value: TOMLValue) {
        switch value.kind {
        case .string(let string): self = .scalar(type: "string", value: string.value)
        case .integer(let integer): self = .scalar(type: "integer", value: String(integer))
        case .float(let float):
            self = .scalar(type: "float", value: float.isNaN ? "nan" : float.isInfinite ? (float < 0 ? "-inf" : "inf") : "\(float)")
        case .bool(let bool): self = .scalar(type: "bool", value: String(bool))
        case .offsetDateTime(let dateTime): self = .scalar(type: "datetime", value: dateTime.text)
        case .localDateTime(let dateTime): self = .scalar(type: "datetime-local", value: dateTime.text)
        case .localDate(let dateTime): self = .scalar(type: "date-local", value: dateTime.text)
        case .localTime(let dateTime): self = .scalar(type: "time-local", value: dateTime.text)
        case .array(let elements): self = .array(elements.map(TaggedJSON.init))
        case .table(let table), .inlineTable(let table): self = TaggedJSON(table)
        }
    }

    init(_ table: TOMLTable) {
        var result: [String: TaggedJSON] = [:]
        for entry in table.entries { result[entry.key.name] = TaggedJSON(entry.value) }
        self = .table(result)
    }

    static func == (lhs: TaggedJSON, rhs: TaggedJSON) -> Bool {
        switch (lhs, rhs) {
        case (.table(let a), .table(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.scalar(let typeA, let a), .scalar(let typeB, let b)):
            typeA == typeB && sameScalar(type: typeA, a, b)
        default: false
        }
    }

    /// Floats compare by value (nan equals nan); date/times by their normalised form.
    private static func sameScalar(type: String, _ a: String, _ b: String) -> Bool {
        switch type {
        case "float":
            guard let x = Double(a), let y = Double(b) else { return false }
            return x == y || (x.isNaN && y.isNaN)
        case "integer":
            return Int64(a) != nil && Int64(a) == Int64(b)
        case "datetime", "datetime-local", "date-local", "time-local":
            return normalisedDateTime(a) == normalisedDateTime(b)
        default:
            return a == b
        }
    }

    /// `T`/`t`/space separators as `T`, `z` and `+00:00` as `Z`, fraction without trailing zeros.
    static func normalisedDateTime(_ text: String) -> String {
        var chars = Array(text.uppercased())
        if chars.count > 10, chars[10] == " " { chars[10] = "T" }
        var result = String(chars)
        if result.hasSuffix("+00:00") || result.hasSuffix("-00:00") { result = String(result.dropLast(6)) + "Z" }
        guard let dot = result.firstIndex(of: ".") else { return result }
        let digitsEnd = result[result.index(after: dot)...].firstIndex { !$0.isNumber } ?? result.endIndex
        var fraction = String(result[result.index(after: dot)..<digitsEnd])
        while fraction.last == "0" { fraction.removeLast() }
        return String(result[..<dot]) + (fraction.isEmpty ? "" : "." + fraction) + String(result[digitsEnd...])
    }

    var description: String {
        switch self {
        case .table(let table):
            "{" + table.keys.sorted().map { "\($0): \(table[$0]!)" }.joined(separator: ", ") + "}"
        case .array(let array): "[" + array.map(\.description).joined(separator: ", ") + "]"
        case .scalar(let type, let value): "\(type)(\(value))"
        }
    }
}
