/// A position in a YAML file.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars, as editors do.
/// `offset` is the UTF-8 byte offset of the position from the start of the file.
public struct YAMLMark: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
