// The `isg` executable: commands only; the work lives in the libraries.

import ArgumentParser
import Foundation
import Model
import Store
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

extension CommandConfiguration {
    /// A command named `name`, its help from the catalogue's `help.<key>.abstract` (and `.discussion`).
    static func isg(_ name: String, key: String? = nil, discussion: Bool = true,
                    subcommands: [any ParsableCommand.Type] = []) -> CommandConfiguration {
        let key = key ?? name
        return CommandConfiguration(commandName: name, abstract: Texts.current("help.\(key).abstract"),
                                    discussion: discussion ? Texts.current("help.\(key).discussion") : "",
                                    subcommands: subcommands)
    }
}

extension ArgumentHelp {
    /// An option's help from the catalogue: `.isg("indicators.from")` is `help.indicators.from`.
    static func isg(_ key: String) -> ArgumentHelp { ArgumentHelp(Texts.current("help." + key)) }
}

/// `--lang fr|en` on every command: read before parsing (the help texts are built in that language),
/// declared here so that the help shows it and the parser accepts it anywhere.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(Texts.current("help.option.lang"), valueName: "fr|en"))
    var lang: String?
}

/// `--db`, for the commands that read a store, and the one way they open it.
struct StoreOption: ParsableArguments {
    @Option(help: .isg("option.db")) var db: String = "isg-out/consolidation.sqlite"

    /// The store, or the reason it cannot be opened said on standard error (the file named, and
    /// whether it is a store at all) and exit 2.
    func open(for command: String) throws -> ConsolidationStore {
        do {
            return try ConsolidationStore(databaseFile: db)
        } catch let error as SQLiteError {
            throw failure(Texts.current("cli.db.unreadable", ["db": db, "reason": "\(error)"]), command: command)
        } catch {
            throw failure("\(error)", command: command)
        }
    }
}

/// Says the problem on standard error (`isg : …`, or `isg indicators : …` naming the command) and
/// gives the exit code to throw: 2, the run could not proceed.
func failure(_ message: String, command: String? = nil) -> ExitCode {
    if let command {
        printError(Texts.current("cli.command.error", ["command": command, "message": message]))
    } else {
        complain(message)
    }
    return ExitCode(2)
}

/// `isg : message` on standard error, the run going on (a file left aside, a site not declared).
func complain(_ message: String) {
    printError(Texts.current("cli.error", ["message": message]))
}

func printError(_ line: String) {
    StandardOutput.writeError(line + "\n")
}
