/// The first processor's block of `/proc/cpuinfo`, as archspec reads it: `key : value` lines
/// up to the first line without a colon once something was read.
struct CPUInfo {
    var fields: [String: String] = [:]

    init(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else {
                if !fields.isEmpty { break }
                continue
            }
            let key = line[..<colon].trimmingASCIIWhitespace()
            fields[key] = line[line.index(after: colon)...].trimmingASCIIWhitespace()
        }
    }

    /// The words of a field (`flags` on x86, `Features` on Arm).
    func words(_ key: String) -> [String] {
        (fields[key] ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
}
