#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh directory under the system's temporary folder, removed by `remove()`.
struct TemporaryDirectory {
    let path: String

    init() {
        var template = Array("/tmp/pepcheck-systemio-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(created != nil, "mkdtemp failed")
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String, mode: mode_t = 0o644) -> String {
        let target = file(name)
        let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, mode)
        precondition(fd >= 0)
        _ = text.utf8CString.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count - 1) }
        close(fd)
        chmod(target, mode)
        return target
    }

    func remove() {
        _ = system("rm -rf '\(path)'")
    }
}

func milliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int(now.tv_sec) * 1_000 + Int(now.tv_nsec) / 1_000_000
}

/// Whether process `pid` is gone (or a zombie waiting for init), polling up to `within` ms.
func processEnds(_ pid: pid_t, within: Int = 2_000) -> Bool {
    let end = milliseconds() + within
    repeat {
        if kill(pid, 0) != 0 { return true }
        // A zombie reparented to an init that has not reaped it yet counts as gone.
        var state: [UInt8] = []
        let fd = open("/proc/\(pid)/stat", O_RDONLY)
        if fd >= 0 {
            var buffer = [UInt8](repeating: 0, count: 512)
            let n = read(fd, &buffer, buffer.count)
            close(fd)
            if n > 0 { state = Array(buffer[..<n]) }
        }
        if let close = state.lastIndex(of: UInt8(ascii: ")")), close + 2 < state.count, state[close + 2] == UInt8(ascii: "Z") {
            return true
        }
        usleep(10_000)
    } while milliseconds() < end
    return false
}
