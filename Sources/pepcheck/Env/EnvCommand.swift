import ArgumentParser
import Host

/// `pepcheck env`: what this machine is, as marker values, wheel-variant properties and conda
/// virtual packages.
struct EnvCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "env",
        abstract: "Show this machine: OS, libc, CPU level, GPUs, CUDA/ROCm, interpreter ABI.",
        discussion: """
            Every fact says where it came from. Formats: human (default), json (every fact with its \
            source), markers (a marker environment for `eval --env`), variants (wheel-variant \
            properties, PEP 817), variant-configs (variantlib's supported-configs JSON), conda (CEP 30 \
            virtual packages). PEPCHECK_OVERRIDE_{CUDA,CUDA_ARCH,GLIBC,X86_64_LEVEL,ARCHSPEC,ROCM,AMDGPU_ARCH} \
            replace a fact (an empty value removes it); conda output honours CONDA_OVERRIDE_*, variant \
            output NV_VARIANT_PROVIDER_FORCE_*. See docs/env.md.
            """
    )

    @Option(help: "human, json, markers, variants, variant-configs or conda.")
    var format: EnvFormat = .human

    @OptionGroup var host: HostSelectionOptions

    func run() throws {
        let report = try host.detector().detect()
        let text = switch format {
        case .human: HumanRenderer.render(report)
        case .json: JSONRenderer.render(report)
        case .markers: MarkersRenderer.render(report)
        case .variants: VariantsRenderer.render(report)
        case .variantConfigs: VariantsRenderer.renderConfigs(report)
        case .conda: CondaRenderer.render(report)
        }
        if !text.isEmpty { try Output.print(text) }
        if format != .human && format != .json {
            for note in report.notes where note.severity == .warning { Output.error("warning: \(note.message)\n") }
        }
    }
}
