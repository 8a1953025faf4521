/// How PC205 and PC206 report a ``MarkerVerdict/Redundancy``: the span is what removing it
/// removes (the term with the `and` that joins it, or the marker with its `;`), and the fix
/// deletes exactly that.
enum RedundantCondition {
    static func report(
        _ rule: RuleInfo, causes: [MarkerVerdict.Cause], in document: PyProject, _ report: inout Findings,
        message: (RequirementEntry, MarkerVerdict.Cause) -> (String, [String])
    ) {
        for result in MarkerVerdicts.all(in: document) {
            let redundant = result.verdict.redundant.filter { causes.contains($0.cause) }
            guard !redundant.isEmpty, let location = MarkerLocation(result.entry) else { continue }
            for part in redundant {
                let removal = part.removal.map { ($0.lowerBound + location.base)..<($0.upperBound + location.base) }
                    ?? location.wholeRemoval
                let help = part.removal == nil ? "remove the marker" : "remove `\(location.text(removal).trimmingBlanks)`"
                let (text, notes) = message(result.entry, part.cause)
                report.add(rule, result.entry.sourceRange(removal), text, help: [help], notes: notes, fix: "")
            }
        }
    }
}

extension String {
    /// Without the blanks (spaces, tabs) at either end.
    var trimmingBlanks: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, MarkerLocation.isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, MarkerLocation.isBlank(last) { scalars.removeLast() }
        return String(scalars)
    }
}
