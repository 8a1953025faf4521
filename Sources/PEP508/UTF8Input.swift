/// Input conversion for the public parsing entry points.
@usableFromInline
enum UTF8Input {
    /// `text` as a `String`. Inlined into the caller's specialisation, where the cast of a
    /// `String` to `String` folds away; `String(text)` would call the generic initialiser.
    ///
    /// The entry points are generic (`some StringProtocol`) and unspecialised across
    /// modules, so they convert once to `String` and everything below runs specialised code.
    @inlinable @inline(__always)
    static func string(_ text: some StringProtocol) -> String {
        if let string = text as? String { return string }
        return String(text)
    }
}
