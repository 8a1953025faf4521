// The Diagnostics module. See ARCHITECTURE.md.
