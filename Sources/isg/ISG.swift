// The `isg` executable: commands only; the work lives in the libraries.

import ArgumentParser
import Model

@main
struct ISG: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isg",
        abstract: "Consolidates the Alsace ISG activity spreadsheets into one dataset, a quality report and the indicators.",
        subcommands: [Import.self, Backup.self, Inspect.self, MappingCommand.self, Link.self, Indicators.self, Serve.self])
}
