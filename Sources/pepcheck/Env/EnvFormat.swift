import ArgumentParser

/// The output formats of `pepcheck env`.
enum EnvFormat: String, ExpressibleByArgument, CaseIterable {
    case human
    case json
    case markers
    case variants
    case variantConfigs = "variant-configs"
    case conda
}
