// `isg backup`: a whole copy of the store, made by SQLite itself, safe while others read it.

import ArgumentParser
import Foundation
import Store

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copies the consolidated store into one whole file (SQLite's backup), for safekeeping.",
        discussion: """
        Copying consolidation.sqlite with a file manager may miss what is still in its journal \
        (consolidation.sqlite-wal) if an import was interrupted; this copy never does. The copy holds \
        names: keep it on protected storage. It is never written over an existing file.
        """)

    @Option(help: "The store: consolidation.sqlite written by `isg import`.")
    var db: String = "isg-out/consolidation.sqlite"

    @Argument(help: "The copy to create (a new file, or a folder to create it in).")
    var destination: String

    func run() throws {
        var isFolder: ObjCBool = false
        let target = FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder) && isFolder.boolValue
            ? destination + "/" + ConsolidationStore.databaseName : destination
        do {
            let store = try ConsolidationStore(databaseFile: db)
            try store.backup(to: target)
            print("Backed up \(db) to \(target): \(try store.referrals().count) referrals, \(try store.runs().count) runs.")
        } catch {
            printError("isg backup: \(error)")
            throw ExitCode(2)
        }
    }
}
