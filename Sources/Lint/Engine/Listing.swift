/// Lists of names in messages, cut short: a help line naming every one of 100,000
/// groups, repeated on each finding, would make the output quadratic in the file.
enum Listing {
    /// How many names a list shows before "and N more".
    static let limit = 10

    /// `a, b, c` or `a, b, …, j and 90 more`.
    static func names(_ names: [String], limit: Int = Listing.limit) -> String {
        guard names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }
}
