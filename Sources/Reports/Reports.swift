// The Reports module. See ARCHITECTURE.md.
