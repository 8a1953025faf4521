import ArgumentParser

/// A command line parsed in two parts when it ends in a long run of plain arguments.
///
/// swift-argument-parser takes time quadratic in the number of values of one repeating
/// argument (each value merges the input positions of all earlier ones into its own):
/// 16,000 versions took 8 s to parse before `pepcheck version normalize` began, and
/// pre-commit passes every matching file of a repository on one command line. So the
/// parser sees the command line up to a few arguments into that run, and the rest is
/// appended to the parsed command's ``TrailingArguments``, where the parser would have put
/// them: nothing but values follows. Any other outcome (a parse error, a command without
/// such an argument, a `--` anywhere) parses the whole command line as before, so that
/// every message is the parser's own.
struct LongCommandLine {
    /// Runs of plain arguments up to this long are parsed whole (their cost is a few
    /// milliseconds).
    static let threshold = 256
    /// The first arguments of a longer run stay with the parser: room for subcommand names
    /// (`version normalize` is part of the run) and the first values.
    static let kept = 8

    /// What the parser sees.
    let head: [String]
    /// What is appended to the command's ``TrailingArguments/trailingArguments``.
    let tail: [String]

    /// Splits `arguments` (the program name left out).
    init(_ arguments: [String]) {
        var start = arguments.count
        // `-` alone (standard input) ends the run as options do: the parser may treat it so.
        while start > 0, !arguments[start - 1].hasPrefix("-") { start -= 1 }
        guard arguments.count - start > Self.threshold, !arguments.contains("--") else {
            head = arguments
            tail = []
            return
        }
        head = Array(arguments[..<(start + Self.kept)])
        tail = Array(arguments[(start + Self.kept)...])
    }

    /// Whether the command line was parsed in two parts (the command's `validate()` has
    /// seen only the first).
    var isSplit: Bool { !tail.isEmpty }

    /// The command the whole command line stands for.
    func parse() throws -> ParsableCommand {
        guard isSplit else { return try Pepcheck.parseAsRoot(head) }
        // The last argument of the head must have become the last value of the repeating
        // argument (an option's value equal to it changes nothing: the rest are values).
        if let parsed = try? Pepcheck.parseAsRoot(head), var command = parsed as? any TrailingArguments,
            command.trailingArguments.last == head.last
        {
            command.trailingArguments += tail
            return command
        }
        return try Pepcheck.parseAsRoot(head + tail)
    }
}
