import Diagnostics
import TOML

/// Reads `[tool.pepcheck]` into a ``Configuration``, checking every key, type and code.
///
/// Every problem is a PC009 finding on the exact value, naming the key and what it
/// accepts. A configuration with an error makes the file an input problem (exit 2) and
/// no rule runs on it, as ruff refuses to run on a configuration it cannot read: a
/// `select = "PC3"` or `select = ["PC99"]` must not quietly turn every rule off. An
/// `ignore` that ignores only codes reported anyway is a warning.
struct ConfigurationReader {
    private(set) var issues: [ShapeIssue] = []

    static let keys = ["select", "ignore", "rules"]

    mutating func read(_ entry: TOMLTable.Entry) -> Configuration {
        var config = Configuration()
        guard let table = entry.value.table else {
            error(entry.value.span, "expected a table for `tool.pepcheck`, found \(ModelBuilder.withArticle(entry.value.typeName))")
            return config
        }
        for item in table.entries {
            let path = "tool.pepcheck." + item.key.name
            switch item.key.name {
            case "select": config.select = selectors(item.value, path: path, ignoring: false)
            case "ignore": config.ignore = selectors(item.value, path: path, ignoring: true)
            case "rules": rules(item.value, path: path, into: &config)
            default:
                let guess = Suggestion.nearest(to: item.key.name, in: Self.keys)
                error(item.key.span, "expected `select`, `ignore` or `rules` in `tool.pepcheck`, found `\(item.key.name)`",
                      help: guess.map { ["did you mean `\($0)`?"] } ?? [])
            }
        }
        return config
    }

    private mutating func error(_ span: Range<Int>, _ message: String, help: [String] = [], severity: Severity? = nil) {
        issues.append(ShapeIssue(code: InvalidConfigurationRule.info.code, span: span, message: message, help: help,
                                 severity: severity))
    }

    /// `select` / `ignore`: an array of codes or prefixes.
    private mutating func selectors(_ node: TOMLValue, path: String, ignoring: Bool) -> [String] {
        guard let items = node.array else {
            let help = node.tomlString.map { ["write an array: `\(path.split(separator: ".").last!) = [\"\($0.value)\"]`"] } ?? []
            error(node.span, "expected an array of rule codes or prefixes for `\(path)`, found \(ModelBuilder.withArticle(node.typeName))",
                  help: help)
            return []
        }
        var selectors: [String] = []
        for item in items {
            guard let text = item.tomlString?.value else {
                error(item.span, "expected a rule code or prefix in `\(path)`, found \(ModelBuilder.withArticle(item.typeName))")
                continue
            }
            if let problem = RuleSelector.problem(text) {
                error(item.span, "expected a rule code or prefix in `\(path)`, found \(problem.found)", help: problem.help)
                continue
            }
            if ignoring && RuleSelector.ignoresNothing(text) {
                error(item.span, "expected a code that can be ignored in `\(path)`, found `\(text)`, which is always reported",
                      help: ["input problems, invalid configuration and invalid TOML cannot be ignored; remove `\(text)`"],
                      severity: .warning)
            }
            selectors.append(RuleSelector.normalized(text))
        }
        return selectors
    }

    /// `[tool.pepcheck.rules.CODE]`: per-rule options, by code or name.
    private mutating func rules(_ node: TOMLValue, path: String, into config: inout Configuration) {
        guard let rules = node.table else {
            error(node.span, "expected a table of rules for `\(path)`, found \(ModelBuilder.withArticle(node.typeName))",
                  help: ["write `[tool.pepcheck.rules.PC306]` with `severity = \"error\"`"])
            return
        }
        for rule in rules.entries {
            let rulePath = path + "." + rule.key.name
            guard let code = RuleRegistry.code(for: rule.key.name)
                ?? RuleRegistry.code(for: RuleSelector.normalized(rule.key.name)) else {
                error(rule.key.span, "expected a rule code or name in `\(path)`, found `\(rule.key.name)`",
                      help: ["codes are \(RuleSelector.codeRanges) (`pepcheck rules` lists them)"])
                continue
            }
            guard let options = rule.value.table else {
                error(rule.value.span, "expected a table for `\(rulePath)`, found \(ModelBuilder.withArticle(rule.value.typeName))",
                      help: ["write `\(rulePath) = { severity = \"warning\" }`"])
                continue
            }
            for option in options.entries {
                guard option.key.name == "severity" else {
                    error(option.key.span, "expected `severity` in `\(rulePath)`, found `\(option.key.name)`")
                    continue
                }
                let accepted = "`\"error\"`, `\"warning\"` or `\"info\"`"
                guard let text = option.value.tomlString?.value else {
                    error(option.value.span, "expected \(accepted) for `\(rulePath).severity`, found \(ModelBuilder.withArticle(option.value.typeName))")
                    continue
                }
                guard let severity = Severity(rawValue: text) else {
                    error(option.value.span, "expected \(accepted) for `\(rulePath).severity`, found `\(text)`")
                    continue
                }
                guard !RuleSelector.alwaysReported.contains(code) else {
                    error(rule.key.span, "expected a rule whose severity can change in `\(path)`, found `\(rule.key.name)`, which is always an error")
                    continue
                }
                config.severities[code] = severity
            }
        }
    }
}
