/// What a path names, from the file type bits of `stat(2)`.
public enum FileKind: Sendable, Hashable {
    case regular, directory, symbolicLink, fifo, characterDevice, blockDevice, socket, unknown

    /// The kind named by the `S_IFMT` bits of a `st_mode` (the same values on Linux and Darwin).
    init(mode: UInt32) {
        switch mode & 0o170000 {
        case 0o100000: self = .regular
        case 0o040000: self = .directory
        case 0o120000: self = .symbolicLink
        case 0o010000: self = .fifo
        case 0o020000: self = .characterDevice
        case 0o060000: self = .blockDevice
        case 0o140000: self = .socket
        default: self = .unknown
        }
    }

    /// A FIFO, a device or a socket: something that must never be replaced by a
    /// regular file, and whose reads may block or never end.
    public var isSpecial: Bool {
        switch self {
        case .fifo, .characterDevice, .blockDevice, .socket: return true
        case .regular, .directory, .symbolicLink, .unknown: return false
        }
    }
}
