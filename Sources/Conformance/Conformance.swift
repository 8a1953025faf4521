// The Conformance module. See ARCHITECTURE.md.
