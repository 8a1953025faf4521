/// "Did you mean" suggestions: the candidate nearest to a misspelling.
///
/// Each candidate costs its length times the word's; a candidate whose length alone puts
/// it beyond the limit costs nothing. A rule that may suggest for every string of a large
/// file passes the document's budget of cells (``documentBudget``); once it is spent the
/// findings come without suggestions.
enum Suggestion {
    /// Edit-distance cells per document: some tens of milliseconds.
    static let documentBudget = 20_000_000

    /// The candidate with the smallest edit distance to `word`, if that distance is at
    /// most a third of the word's length (at least 1): further than that, a guess
    /// misleads more than it helps.
    static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        var unlimited = Int.max
        return nearest(to: word, in: candidates, budget: &unlimited)
    }

    /// ``nearest(to:in:)`` within `budget` cells; nil once the budget is spent.
    static func nearest(to word: String, in candidates: some Sequence<String>, budget: inout Int) -> String? {
        let wordLength = word.unicodeScalars.count
        let limit = max(1, wordLength / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let length = candidate.unicodeScalars.count
            guard abs(length - wordLength) <= limit else { continue }
            guard budget >= wordLength * length else {
                budget = 0
                return nil
            }
            budget -= wordLength * length
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
