// The Host module. See ARCHITECTURE.md.
