// The External module. See ARCHITECTURE.md.
