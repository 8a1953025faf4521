#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
@testable import SystemIO
import Testing

@Suite struct TextOutputTests {
    @Test func fullDeviceIsReportedAndKept() throws {
        let fd = open("/dev/full", O_WRONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        for buffered in [true, false] {
            let stream = TextOutput(descriptor: fd, name: "standard output", buffered: buffered)
            if buffered {
                try stream.write("kept in the buffer until the flush\n")
            }
            #expect {
                if buffered { try stream.flush() } else { try stream.write("x") }
            } throws: { error in
                let error = error as? SystemError
                return error?.code == ENOSPC && error?.message == "cannot write to standard output: No space left on device"
            }
            #expect(stream.failure?.code == ENOSPC)
            // Sticky: later writes fail the same way without trying again.
            #expect(throws: SystemError.self) { try stream.write("more") }
        }
    }

    @Test func closedDescriptorIsReported() {
        let stream = TextOutput(descriptor: 987, name: "standard error", buffered: false)
        #expect {
            try stream.write("lost")
        } throws: { error in
            (error as? SystemError)?.code == EBADF
        }
    }

    /// A non-blocking pipe fills at 64 KiB: the writer must wait (EAGAIN → poll) and
    /// resume after partial writes, losing nothing.
    @Test func nonBlockingPipeGetsEverything() throws {
        var fds: [Int32] = [-1, -1]
        try #require(pipe(&fds) == 0)
        let flags = fcntl(fds[1], F_GETFL)
        _ = fcntl(fds[1], F_SETFL, flags | O_NONBLOCK)
        let reader = fds[0]
        let total = 1 << 20
        nonisolated(unsafe) var count = 0
        let receiving = BlockingThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = read(reader, &buffer, buffer.count)
                if n <= 0 { return }
                count += n
                if count % (64 << 10) < 4096 { usleep(1_000) }
            }
        }
        let stream = TextOutput(descriptor: fds[1], name: "pipe", buffered: true)
        let line = String(repeating: "y", count: 1023) + "\n"
        for _ in 0..<(total / 1024) { try stream.write(line) }
        try stream.flush()
        close(fds[1])
        receiving.join()
        #expect(count == total)
        close(fds[0])
    }
}
