// The PEP440 module. See ARCHITECTURE.md.
