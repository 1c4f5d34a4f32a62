// The Indicators module.
