// The Linkage module.
