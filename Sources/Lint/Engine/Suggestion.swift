/// "Did you mean" suggestions: the candidate nearest to a misspelling.
enum Suggestion {
    /// The candidate with the smallest edit distance to `word`, if that distance is at
    /// most a third of the word's length (at least 1): further than that, a guess
    /// misleads more than it helps.
    static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let length = word.unicodeScalars.count
        let limit = max(1, length / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            // The distance is at least the difference in length. Skipping what cannot be
            // near keeps a long word from costing its length times every candidate's.
            guard abs(candidate.unicodeScalars.count - length) <= limit else { continue }
            let distance = editDistance(word, candidate)
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance over Unicode scalars (insertions, deletions, substitutions).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = a[i - 1] == b[j - 1]
                    ? previous[j - 1]
                    : 1 + min(previous[j - 1], previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
