/// How ``LiveWorld`` starts the child processes it needs: the driver probe (pepcheck itself,
/// re-executed), `nvidia-smi`, the interpreter, the musl loader. Each is bounded by a time
/// limit and reports a timeout as an answer, never a hang.
public protocol ProcessLauncher: Sendable {
    func driverProbe(environment: [String: String], timeoutMilliseconds: Int) -> DriverProbeOutcome
    func run(_ command: [String], timeoutMilliseconds: Int) -> CommandAnswer?
    func interpreter(_ executable: String?, timeoutMilliseconds: Int) -> InterpreterOutcome
    func muslVersion(loader: String) -> String?
}
