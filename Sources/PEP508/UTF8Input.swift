import PEP440

/// Gives the parser the UTF-8 bytes of its input without copying when it can.
enum UTF8Input {
    /// Not generic over the string type on purpose: the public entry points are generic
    /// (`some StringProtocol`) and unspecialised across modules, so they convert once to
    /// `String` and everything below runs specialised code instead of looking up generic
    /// metadata on every call.
    @inline(__always)
    static func withBytes<R>(
        _ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(ParseError) -> R
    ) throws(ParseError) -> R {
        var text = text
        let result: Result<R, ParseError> = text.withUTF8 { buffer in
            do throws(ParseError) { return .success(try body(buffer)) } catch { return .failure(error) }
        }
        // A switch moves the value out; `Result.get()` would copy it (retaining every
        // field of a `Requirement`) and then release the original.
        switch consume result {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }
}
