/// A name that is not UTF-8 (a file name, an argument): no `String` can hold it exactly, so
/// no `String` path can name the file. Listed apart by ``FileSystem/listing(ofDirectory:)``
/// so that a caller can say it was passed over instead of failing to open a lossy copy.
public struct UndecodableName: Sendable, Hashable {
    /// The bytes, as the system gave them.
    public var bytes: [UInt8]
    /// What it is, from `lstat(2)` (links not followed); nil when that failed.
    public var kind: FileKind?

    public init(bytes: [UInt8], kind: FileKind? = nil) {
        self.bytes = bytes
        self.kind = kind
    }

    /// The name for messages: ``shown(_:)`` of its bytes.
    public var shown: String { Self.shown(bytes) }

    /// `bytes` as text: its UTF-8 sequences as they are, every other byte as `\xHH`, so
    /// that two different names never read alike.
    public static func shown(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        var out = ""
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            if length > 0, i + length <= bytes.count, let text = String(validating: bytes[i..<i + length], as: UTF8.self) {
                // A backslash is written twice, so that `\xFF` always means a byte.
                out += text == "\\" ? "\\\\" : text
                i += length
            } else {
                let hex = String(lead, radix: 16, uppercase: true)
                out += "\\x" + (hex.count == 1 ? "0" : "") + hex
                i += 1
            }
        }
        return out
    }
}
