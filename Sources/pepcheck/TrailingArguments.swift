import ArgumentParser

/// A command whose last positional argument repeats (`pepcheck lint PATH…`) and which has
/// no option that takes more than one value: every plain argument at the end of its command
/// line, after the first few, is a value of that positional, whatever came before them.
///
/// ``LongCommandLine`` relies on that to hand a long run of them to the command directly.
/// The command's `validate()` must not depend on the position of the values (it is run
/// again once they are all there).
protocol TrailingArguments: ParsableCommand {
    /// The values of the repeating positional argument.
    var trailingArguments: [String] { get set }
}
