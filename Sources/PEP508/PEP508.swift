// The PEP508 module. See ARCHITECTURE.md.
