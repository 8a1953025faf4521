#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A driver library opened with `dlopen`: first by its soname (the loader's search path,
/// `LD_LIBRARY_PATH` and `ld.so.cache` included), then in the fixed places drivers install to
/// that are often missing from that path (containers mounting `/usr/local/nvidia/lib64`, WSL's
/// `/usr/lib/wsl/lib`).
struct DriverLibrary {
    static let fixedDirectories = [
        "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib64/nvidia",
        "/usr/local/nvidia/lib64", "/usr/lib/wsl/lib",
    ]

    let handle: UnsafeMutableRawPointer
    /// The path it was found at (the soname when the loader found it).
    let path: String

    /// Opens `soname`; nil with the loader's last error when it is nowhere.
    static func open(_ soname: String, symbol: String) -> (library: DriverLibrary?, error: String) {
        var firstError = ""
        for candidate in [soname] + fixedDirectories.map({ $0 + "/" + soname }) {
            if let handle = dlopen(candidate, RTLD_NOW | RTLD_LOCAL) {
                return (DriverLibrary(handle: handle, path: loadedPath(handle, symbol: symbol) ?? candidate), "")
            }
            if firstError.isEmpty, let message = dlerror() { firstError = String(cString: message) }
        }
        return (nil, firstError)
    }

    /// The file the loader mapped, from `dladdr(3)` of one of the library's symbols (looked up
    /// at run time: the C library module does not export the GNU extension). `Dl_info` is four
    /// pointers, the file name first.
    private static func loadedPath(_ handle: UnsafeMutableRawPointer, symbol name: String) -> String? {
        typealias Dladdr = @convention(c) (UnsafeRawPointer?, UnsafeMutableRawPointer) -> Int32
        guard let symbol = dlsym(handle, name), let lookup = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "dladdr") else { return nil }
        var info = [UnsafeRawPointer?](repeating: nil, count: 4)
        let found = info.withUnsafeMutableBytes { unsafeBitCast(lookup, to: Dladdr.self)(symbol, $0.baseAddress!) }
        guard found != 0, let file = info[0] else { return nil }
        let path = String(cString: file.assumingMemoryBound(to: CChar.self))
        return path.isEmpty ? nil : path
    }

    /// A function of the library, cast to its C type.
    func function<T>(_ name: String, as type: T.Type) -> T? {
        guard let symbol = dlsym(handle, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }
}
