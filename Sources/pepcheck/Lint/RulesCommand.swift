import ArgumentParser
import Lint

/// `pepcheck rules`: lists the lint rules, or explains one.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List the lint rules, or explain one by code or name.")

    @Argument(help: "A rule code or name to explain.")
    var rule: String?

    func run() throws {
        guard let rule else {
            for info in RuleRegistry.all {
                try Output.print("\(info.code)  \(info.name.padded(to: 32))\(info.severity.rawValue.padded(to: 8))\(info.summary)")
            }
            return
        }
        guard let code = RuleRegistry.code(for: rule), let info = RuleRegistry.info(code) else {
            throw ValidationError("expected a rule code or name, found `\(rule)`")
        }
        try Output.print(RuleDocumentation.markdown(for: info))
    }
}
