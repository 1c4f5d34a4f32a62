import ArgumentParser

struct MappingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mapping", abstract: "Check a mapping file against files, or draft one for a new site.",
        subcommands: [])
}
