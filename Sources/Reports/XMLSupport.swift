import CLibXML2

// Shared plumbing between the JUnit writer and reader.
enum XMLSupport {
    // libxml2 wants xmlInitParser() once before use from several threads; a static
    // let is initialised exactly once, thread-safely.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() { _ = initialized }

    /// `text` with what XML 1.0 cannot represent (C0 controls other than tab, LF and
    /// CR; U+FFFE; U+FFFF) replaced by U+FFFD.
    static func sanitized(_ text: String) -> String {
        func forbidden(_ s: Unicode.Scalar) -> Bool {
            (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF
        }
        guard text.unicodeScalars.contains(where: forbidden) else { return text }
        var result = ""
        result.unicodeScalars.append(contentsOf: text.unicodeScalars.map { forbidden($0) ? "\u{FFFD}" : $0 })
        return result
    }

    /// Calls `body` with a NUL-terminated `xmlChar` copy of sanitized `text`.
    static func withXMLChars<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        sanitized(text).withCString { pointer in
            body(UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self))
        }
    }

    /// Seconds with millisecond precision, `0.000` for negative or non-finite times.
    static func formatTime(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds > 0 else { return "0.000" }
        let millis = (seconds * 1000).rounded()
        guard millis < 1e15 else { return "0.000" }
        let total = Int(millis)
        let fraction = String(total % 1000)
        return "\(total / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
