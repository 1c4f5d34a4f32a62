// The Mapping module.
