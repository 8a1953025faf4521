// The Lint module. See ARCHITECTURE.md.
