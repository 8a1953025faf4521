import PEP508

/// Where a requirement's marker and its parts sit in the requirement string, in Unicode
/// scalar offsets of the decoded string: what a finding points at, and what a fix replaces
/// or removes.
struct MarkerLocation {
    let scalars: [Unicode.Scalar]
    /// The `;` that introduces the marker.
    let semicolon: Int
    /// The marker's first scalar after the blanks that follow `;`.
    let start: Int
    /// Just past the marker's last scalar (trailing blanks excluded).
    let end: Int

    /// Reads `entry`; nil without a marker.
    init?(_ entry: RequirementEntry) {
        guard entry.requirement?.marker != nil else { return nil }
        let scalars = entry.scalars
        // A URL ends at a blank and may hold `;`: the marker's `;` is the first after it.
        // Without a URL, names, extras and versions hold no `;`.
        var index = entry.urlRange?.upperBound ?? 0
        while index < scalars.count, scalars[index] != ";" { index += 1 }
        guard index < scalars.count else { return nil }
        var start = index + 1
        while start < scalars.count, Self.isBlank(scalars[start]) { start += 1 }
        var end = scalars.count
        while end > start, Self.isBlank(scalars[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        self.scalars = scalars
        self.semicolon = index
        self.start = start
        self.end = end
    }

    /// Offsets of a verdict are relative to the scalar after `;`: the same marker text has
    /// the same relative offsets in every requirement.
    var base: Int { semicolon + 1 }

    /// The marker with its `;` and the blanks before it: what removing the marker removes.
    var wholeRemoval: Range<Int> {
        var from = semicolon
        while from > 0, Self.isBlank(scalars[from - 1]) { from -= 1 }
        return from..<end
    }

    /// The scalars a term of a marker covers, its parentheses included (every nested group
    /// of a parsed tree is one pair of them).
    func extent(_ tree: MarkerTree, parenthesised: Bool = true) -> Range<Int> {
        switch tree {
        case .comparison(let comparison):
            return comparison.span.start..<comparison.span.end
        case .group(let terms, _):
            guard let first = terms.first, let last = terms.last else { return start..<start }
            var lower = extent(first).lowerBound
            var upper = extent(last).upperBound
            guard parenthesised else { return lower..<upper }
            var before = lower - 1
            while before >= 0, Self.isBlank(scalars[before]) { before -= 1 }
            if before >= 0, scalars[before] == "(" { lower = before }
            var after = upper
            while after < scalars.count, Self.isBlank(scalars[after]) { after += 1 }
            if after < scalars.count, scalars[after] == ")" { upper = after + 1 }
            return lower..<upper
        }
    }

    /// The text of the scalars `range`.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    /// The quote the marker's first literal is written with (`'` unless it uses `"`).
    var quote: Unicode.Scalar {
        scalars[start..<end].first { $0 == "'" || $0 == "\"" } ?? "\""
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    /// `marker` with each literal in `quote` where the literal holds no such quote: the
    /// algebra writes `"…"`, and a file that writes `'…'` inside `"…"` strings keeps doing so.
    static func requote(_ marker: String, with quote: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        var literal = String.UnicodeScalarView()
        var open: Unicode.Scalar? = nil
        for scalar in marker.unicodeScalars {
            if let delimiter = open {
                if scalar == delimiter {
                    let chosen = literal.contains(quote) ? delimiter : quote
                    out.append(chosen)
                    out.append(contentsOf: literal)
                    out.append(chosen)
                    literal = String.UnicodeScalarView()
                    open = nil
                } else {
                    literal.append(scalar)
                }
            } else if scalar == "\"" || scalar == "'" {
                open = scalar
            } else {
                out.append(scalar)
            }
        }
        if let delimiter = open {
            // Unterminated (not the algebra's output): left as it was.
            out.append(delimiter)
            out.append(contentsOf: literal)
        }
        return String(out)
    }
}
