extension StringProtocol {
    /// The text without leading and trailing horizontal whitespace (spaces, tabs and the
    /// other Unicode space separators, as Foundation's `.whitespaces`): one item of a
    /// comma-separated option value such as `--select PC1, PC2`.
    func trimmingHorizontalWhitespace() -> String {
        func isHorizontal(_ character: Character) -> Bool {
            character == "\t" || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator }
        }
        guard let first = firstIndex(where: { !isHorizontal($0) }), let last = lastIndex(where: { !isHorizontal($0) })
        else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// The text cut or padded with spaces to `width` characters, as Foundation's
    /// `padding(toLength:withPad:startingAt:)`: a column of a table (`pepcheck rules`).
    func padded(to width: Int) -> String {
        count >= width ? String(prefix(width)) : self + String(repeating: " ", count: width - count)
    }
}
