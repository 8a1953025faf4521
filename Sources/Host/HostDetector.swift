/// Runs every detector over a ``HostWorld`` and applies the overrides.
public struct HostDetector: Sendable {
    public let world: any HostWorld
    public let options: HostOptions

    public init(world: any HostWorld, options: HostOptions = HostOptions()) {
        self.world = world
        self.options = options
    }

    public func detect() -> HostReport {
        var report = HostReport()
        report.environment = world.environment
        report.os = OSDetector(world: world).detect()
        if let libc = world.libc() {
            report.libc.family = Fact(libc.family, source: .libc, detail: libc.detail)
            report.libc.version = libc.version.map { Fact($0, source: .libc, detail: libc.detail) }
        }
        report.cpu = CPUDetector(world: world, machine: report.os.machine?.value).detect()
        report.nvidia = NvidiaDetector(world: world, timeoutMilliseconds: options.timeoutMilliseconds).detect(notes: &report.notes)
        if let devices = report.nvidia.cudaVisibleDevices {
            report.notes.append(HostNote(.info, "cuda-visible-devices",
                                         "CUDA_VISIBLE_DEVICES=\(devices) is set: detection ignores it, CUDA programs see only those devices"))
        }
        report.amd = AMDDetector(world: world).detect(notes: &report.notes)
        report.interpreter = InterpreterDetector(world: world, choice: options.interpreter,
                                                 timeoutMilliseconds: options.timeoutMilliseconds).detect(notes: &report.notes)
        HostOverrides.apply(report.environment, to: &report)
        return report
    }

    /// Only the marker environment (what `eval` and `external show` need): no GPU probes.
    public func detectInterpreter() -> HostReport {
        var report = HostReport()
        report.environment = world.environment
        report.interpreter = InterpreterDetector(world: world, choice: options.interpreter,
                                                 timeoutMilliseconds: options.timeoutMilliseconds).detect(notes: &report.notes)
        return report
    }
}
