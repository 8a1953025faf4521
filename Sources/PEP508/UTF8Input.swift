import PEP440

/// Gives the parser the UTF-8 bytes of its input without copying when it can.
enum UTF8Input {
    static func withBytes<S: StringProtocol, R>(
        _ text: S, _ body: (UnsafeBufferPointer<UInt8>) throws(ParseError) -> R
    ) throws(ParseError) -> R {
        let result: Result<R, ParseError>? = text.utf8.withContiguousStorageIfAvailable { buffer in
            do throws(ParseError) { return .success(try body(buffer)) } catch { return .failure(error) }
        }
        if let result { return try result.get() }
        // Bridged or non-contiguous storage: one copy, then the same path.
        let copy = Array(text.utf8)
        let fallback: Result<R, ParseError> = copy.withUnsafeBufferPointer { buffer in
            do throws(ParseError) { return .success(try body(buffer)) } catch { return .failure(error) }
        }
        return try fallback.get()
    }
}
