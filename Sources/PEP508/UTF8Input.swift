import PEP440

/// Gives the parser the UTF-8 bytes of its input without copying when it can.
@usableFromInline
enum UTF8Input {
    /// `text` as a `String`. Inlined into the caller's specialisation, where the cast of a
    /// `String` to `String` folds away; `String(text)` would call the generic initialiser.
    @inlinable @inline(__always)
    static func string(_ text: some StringProtocol) -> String {
        if let string = text as? String { return string }
        return String(text)
    }

    /// Not generic over the string type on purpose: the public entry points are generic
    /// (`some StringProtocol`) and unspecialised across modules, so they convert once to
    /// `String` and everything below runs specialised code instead of looking up generic
    /// metadata on every call.
    ///
    /// The body returns nothing: callers store their result in a local they captured.
    /// Returning it through a generic result would copy it with value witnesses (retaining
    /// every field of a ``Requirement``) and release the original.
    @inline(__always)
    static func withBytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if text.utf8.withContiguousStorageIfAvailable(body) == nil {
            var copy = text
            copy.withUTF8(body)
        }
    }
}
