import JSON

/// The wheel-variant properties this machine supports, one `namespace :: feature :: value` a
/// line in priority order (`variants`), or variantlib's JSON of supported configs
/// (`variant-configs`: `{namespace: [{name, values, multi_value}]}`).
public enum VariantsRenderer {
    public static func render(_ report: HostReport) -> String {
        VariantProviders.properties(report).joined(separator: "\n")
    }

    public static func renderConfigs(_ report: HostReport) -> String {
        var notes: [HostNote] = []
        let namespaces = VariantProviders.namespaces(report, notes: &notes)
        return JSONValue.object(namespaces.map { namespace in
            (namespace.namespace, .array(namespace.configs.map { config in
                .object([("name", .string(config.name)), ("values", .array(config.values.map { .string($0) })),
                         ("multi_value", .bool(config.multiValue))])
            }))
        }).prettyPrinted
    }
}
