// The YAML module. See ARCHITECTURE.md.
