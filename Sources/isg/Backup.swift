// `isg backup`: a whole copy of the store, made by SQLite itself, safe while others read it.

import ArgumentParser
import Foundation
import Store
import Texts

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: Texts.current("help.backup.abstract"),
        discussion: Texts.current("help.backup.discussion"))

    @OptionGroup var language: LanguageOption

    @Option(help: ArgumentHelp(Texts.current("help.option.db")))
    var db: String = "isg-out/consolidation.sqlite"

    @Argument(help: ArgumentHelp(Texts.current("help.backup.destination")))
    var destination: String

    func run() throws {
        var isFolder: ObjCBool = false
        let target = FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder) && isFolder.boolValue
            ? destination + "/" + ConsolidationStore.databaseName : destination
        do {
            let store = try ConsolidationStore(databaseFile: db)
            try store.backup(to: target)
            let texts = Texts.current
            print(texts("cli.backup.done", ["db": db, "target": target,
                                            "referrals": texts.plural("count.referrals", count: try store.referrals().count),
                                            "runs": texts.plural("count.runs", count: try store.runs().count)]))
        } catch {
            printError(Texts.current("cli.command.error", ["command": "isg backup", "message": "\(error)"]))
            throw ExitCode(2)
        }
    }
}
