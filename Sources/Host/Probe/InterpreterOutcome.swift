/// The result of asking an interpreter for its marker environment.
public enum InterpreterOutcome: Sendable, Equatable {
    case answer(InterpreterAnswer)
    /// No answer, and why: not found, timed out, exited with an error, printed nonsense.
    case unavailable(String)
}
