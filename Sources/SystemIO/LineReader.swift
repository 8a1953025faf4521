#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a descriptor (standard input by default) one line at a time, as bytes,
/// with a cap on the length of a line.
///
/// Bytes are not decoded: a line that is not UTF-8 reaches the caller as it came,
/// to be reported (`readLine()` would have repaired it into U+FFFD). A line longer
/// than `limit` is not kept: the rest of it is read and dropped, and the caller gets
/// ``Line/tooLong(length:)`` — memory stays at `limit` whatever the input.
public struct LineReader {
    public enum Line: Equatable, Sendable {
        /// A line, without its line feed (a carriage return before it is kept).
        case line([UInt8])
        /// A line of `length` bytes (line feed not counted), longer than the limit.
        case tooLong(length: Int)
    }

    public let descriptor: Int32
    public let limit: Int
    private var chunk = [UInt8](repeating: 0, count: 64 << 10)
    private var start = 0
    private var end = 0
    private var atEnd = false

    public init(descriptor: Int32 = 0, limit: Int) {
        self.descriptor = descriptor
        self.limit = max(0, limit)
    }

    /// The next line, or nil at end of input. The last line needs no line feed.
    public mutating func next() throws(SystemError) -> Line? {
        var line: [UInt8] = []
        var length = 0
        while true {
            if start == end {
                if atEnd { return length == 0 ? nil : finish(line, length) }
                try fill()
                continue
            }
            // memchr: the scan is the whole cost of skipping a huge line.
            let newline: Int? = chunk.withUnsafeBytes { raw in
                memchr(raw.baseAddress! + start, 0x0A, end - start).map { UnsafeRawPointer($0) - raw.baseAddress! }
            }
            let stop = newline ?? end
            let count = stop - start
            if length + count <= limit { line.append(contentsOf: chunk[start..<stop]) }
            else if length <= limit { line = [] }
            length += count
            start = newline.map { $0 + 1 } ?? end
            if newline != nil { return finish(line, length) }
        }
    }

    private func finish(_ line: [UInt8], _ length: Int) -> Line {
        length > limit ? .tooLong(length: length) : .line(line)
    }

    private mutating func fill() throws(SystemError) {
        start = 0
        end = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { Posix.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { end = count; return }
            if count == 0 { atEnd = true; return }
            let code = SystemError.currentErrno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK {
                var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
                _ = Posix.poll(&descriptors, milliseconds: -1)
                continue
            }
            throw SystemError("read", path: nil, code: code, descriptor == 0 ? "cannot read standard input" : "cannot read descriptor \(descriptor)")
        }
    }
}
