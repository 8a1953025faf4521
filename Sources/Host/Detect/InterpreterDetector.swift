/// Detects ``InterpreterFacts``: one run of the interpreter probe (marker environment and the
/// values PEP 780 needs), bounded by a time limit; without an interpreter, `uname(2)`.
struct InterpreterDetector {
    let world: any HostWorld
    let choice: HostOptions.Interpreter
    let timeoutMilliseconds: Int

    func detect(notes: inout [HostNote]) -> InterpreterFacts {
        var facts = InterpreterFacts()
        var outcome: InterpreterOutcome = .unavailable("skipped (--no-python)")
        switch choice {
        case .none: break
        case .default: outcome = world.interpreter(nil, timeoutMilliseconds: timeoutMilliseconds)
        case .path(let path): outcome = world.interpreter(path, timeoutMilliseconds: timeoutMilliseconds)
        }
        switch outcome {
        case .answer(let answer):
            facts.executable = Fact(answer.executable, source: .python)
            var values: [(name: String, value: String)] = []
            for name in MarkerFields.names {
                values.append((name, answer.marker(name) ?? ""))
            }
            facts.markerEnvironment = values
            facts.markerSource = .python
            facts.sysABIFeatures = Fact(ABIFeatures.features(of: answer), source: .python, detail: answer.executable)
        case .unavailable(let reason):
            if case .none = choice {} else {
                notes.append(HostNote(.warning, "no-interpreter", "no interpreter: \(reason)"))
            }
            let fallback = MarkerFields.fromUname(world.uname())
            facts.markerEnvironment = fallback.values.map { (name: $0.0, value: $0.1) }
            facts.markerSource = .uname
            facts.unavailableFields = fallback.unavailable
        }
        return facts
    }
}
