import JSON
import SystemIO

/// Another implementation's adapter: a shell command started once that speaks the
/// JSON Lines protocol on its standard input and output.
///
/// Each request is written and its response read under one per-case time limit
/// (``SystemIO/InteractiveProcess``), so an adapter that hangs, never reads, dies
/// or writes garbage costs one case, not the run. An adapter that exits is started
/// again, up to ``maximumRestarts`` times in a run; past that, or when the shell
/// cannot run the command at all (exit status 126 or 127 before any answer), the
/// failure is fatal and the run ends.
public final class AdapterProcess: ConformanceImplementation {
    public let name: String
    public let command: String
    public let timeoutMilliseconds: Int32
    public static let maximumRestarts = 5

    private var process: InteractiveProcess?
    private var starts = 0
    private var answeredSinceStart = false
    private var fatal: AdapterFailure?
    private var nextID = 0

    public init(command: String, timeoutMilliseconds: Int32 = 5_000) {
        self.command = command
        self.name = command
        self.timeoutMilliseconds = timeoutMilliseconds
    }

    deinit { stop() }

    /// Ends the adapter and everything it started. Closing its input is the
    /// protocol's way to say goodbye; one that lingers is ended.
    public func stop() {
        process?.stop()
        process = nil
    }

    public func respond(to request: JSONValue) -> Result<JSONValue, AdapterFailure> {
        if let fatal { return .failure(fatal) }
        let fresh: Bool
        if let process, !process.hasExited {
            fresh = false
        } else {
            if let failure = restart() { return .failure(failure) }
            fresh = true
        }
        let first = exchange(request)
        // An adapter that was already running may have exited after its last
        // answer; one new start and one retry tell that apart from a request
        // that kills it (which fails again and is reported).
        if case .failure(let failure) = first, failure.adapterExited, !fresh {
            if let failure = restart() { return .failure(failure) }
            return exchange(request)
        }
        return first
    }

    /// Starts the adapter, or fails (fatally) past the restart cap.
    private func restart() -> AdapterFailure? {
        if process != nil { stop() }
        guard starts <= AdapterProcess.maximumRestarts else {
            return giveUp("the adapter `\(command)` exited \(starts) times; stopped after \(AdapterProcess.maximumRestarts) restarts")
        }
        starts += 1
        answeredSinceStart = false
        do {
            process = try InteractiveProcess(["/bin/sh", "-c", command])
        } catch {
            return giveUp("cannot start the adapter `\(command)`: \(error.message)")
        }
        return nil
    }

    private func giveUp(_ reason: String) -> AdapterFailure {
        let failure = AdapterFailure(reason, isFatal: true)
        fatal = failure
        return failure
    }

    /// Stops the adapter after a failure that leaves the stream out of step; an
    /// adapter that the shell could not run at all is a fatal failure.
    private func fail(_ reason: String) -> AdapterFailure {
        let termination = process?.stop()
        process = nil
        if !answeredSinceStart, case .exited(let status)? = termination, status == 126 || status == 127 {
            return giveUp("cannot start the adapter `\(command)`: the shell exited with status \(status) (\(status == 127 ? "command not found" : "not executable"))")
        }
        return AdapterFailure(reason)
    }

    private func exchange(_ request: JSONValue) -> Result<JSONValue, AdapterFailure> {
        guard let process else { return .failure(AdapterFailure(AdapterFailure.exited)) }
        // The runner's own ids, so that a response can be matched to its request
        // whatever the case's id looks like.
        nextID += 1
        let id = JSONValue(nextID)
        var message = request
        if case .object(var members) = message {
            members.removeAll { $0.0 == "id" }
            members.insert(("id", id), at: 0)
            message = .object(members)
        }
        let line: [UInt8]
        switch process.exchange(Array((message.serialized + "\n").utf8), timeoutMilliseconds: Int(timeoutMilliseconds)) {
        case .success(let answer):
            line = answer
        case .failure(.endOfOutput), .failure(.inputClosed):
            return .failure(fail(AdapterFailure.exited))
        case .failure(.timedOut(let writing)):
            return .failure(fail(writing ? "the adapter did not read the request within \(timeoutMilliseconds) ms"
                                         : "no response within \(timeoutMilliseconds) ms"))
        case .failure(.lineTooLong):
            return .failure(fail("the adapter wrote more than 64 MiB without a line break"))
        }
        answeredSinceStart = true
        let response: JSONValue
        do {
            response = try JSONParser.parse(bytes: line)
        } catch {
            let text = String(decoding: line.prefix(200), as: UTF8.self)
            return .failure(AdapterFailure("the adapter answered something that is not JSON (\(error)): \(text)"))
        }
        guard response["id"] == id else {
            // The stream is out of step: everything after would be misattributed.
            return .failure(fail("the adapter answered with another id: \(response.serialized.prefix(200))"))
        }
        return .success(response)
    }
}
