// The `isg` executable: commands only; the work lives in the libraries.

import ArgumentParser
import Model
import Texts

struct ISG: ParsableCommand {
    /// Shown by `isg --version`.
    static let version = "0.14.0"

    static let configuration = CommandConfiguration(
        commandName: "isg",
        abstract: Texts.current("help.isg.abstract"),
        discussion: Texts.current("help.isg.discussion"),
        version: version,
        subcommands: [Import.self, Backup.self, Inspect.self, MappingCommand.self, Link.self, Indicators.self, Serve.self])
}

/// `--lang fr|en` on every command: read before parsing (the help texts are built in that language),
/// declared here so that the help shows it and the parser accepts it anywhere.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(Texts.current("help.option.lang"), valueName: "fr|en"))
    var lang: String?
}
