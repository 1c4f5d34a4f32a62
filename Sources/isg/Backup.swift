// `isg backup`: a whole copy of the store, made by SQLite itself, safe while others read it.

import ArgumentParser
import Foundation
import Store
import Texts

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration.isg("backup")

    @OptionGroup var language: LanguageOption
    @OptionGroup var store: StoreOption
    @Argument(help: .isg("backup.destination")) var destination: String

    func run() throws {
        var isFolder: ObjCBool = false
        let target = FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder) && isFolder.boolValue
            ? destination + "/" + ConsolidationStore.databaseName : destination
        let opened = try store.open(for: "isg backup")
        do {
            try opened.backup(to: target)
            let texts = Texts.current
            print(texts("cli.backup.done", ["db": store.db, "target": target,
                                            "referrals": texts.plural("count.referrals", count: try opened.referrals().count),
                                            "runs": texts.plural("count.runs", count: try opened.runs().count)]))
        } catch {
            throw failure("\(error)", command: "isg backup")
        }
    }
}
