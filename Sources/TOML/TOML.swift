// The TOML module. See ARCHITECTURE.md.
