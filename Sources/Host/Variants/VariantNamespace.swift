/// The supported configs of one variant namespace.
public struct VariantNamespace: Sendable, Equatable {
    public var namespace: String
    public var configs: [VariantFeatureConfig]

    public init(namespace: String, configs: [VariantFeatureConfig]) {
        self.namespace = namespace
        self.configs = configs
    }
}
