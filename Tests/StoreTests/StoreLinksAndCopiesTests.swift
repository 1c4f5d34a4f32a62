// At the store: no orphan person links, the journal merged at the end
// of a run, a whole copy through `backup`, and no output written through a link.

#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Model
import Testing
import TestSupport
import Writers
@testable import Store

@Suite struct StoreLinksAndCopiesTests {
    @Test func aCorrectedFileThatLostARowLeavesNoOrphanPersonLink() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try ConsolidationStore(folder: folder, writable: true)
        try store.record(ImportBatch(files: [importedFile("a", rows: 3)]))
        #expect(try store.personIDAssignments().keys.contains("a#Mars!4"))
        try store.record(ImportBatch(files: [importedFile("a", rows: 2, hash: "h2")]))
        let links = try store.personIDAssignments()
        #expect(!links.keys.contains("a#Mars!4"), "the old code kept a link to a row that is gone")
        #expect(Set(links.keys) == Set(try store.referrals().map(\.recordID)))
    }

    @Test func theDatabaseFileAloneIsWholeAfterACheckpoint() throws {
        let folder = try temporaryFolder(), copy = try temporaryFolder()
        defer { for f in [folder, copy] { try? FileManager.default.removeItem(atPath: f) } }
        let store = try ConsolidationStore(folder: folder, writable: true)
        try store.record(ImportBatch(files: [importedFile("a", rows: 40), importedFile("b", rows: 30)]))
        try store.checkpoint()
        // The database file copied alone, without its -wal, while the writer still has it open.
        try PrivateFiles.writeAtomically(try PrivateFiles.readAll(store.databasePath), to: copy + "/" + ConsolidationStore.databaseName)
        let alone = try ConsolidationStore(folder: copy)
        #expect(try alone.referrals().count == 70)
        #expect(try alone.db.rows("PRAGMA integrity_check").first?.first?.text == "ok")
    }

    @Test func backupIsAWholeCopyNeverOverAnExistingFile() throws {
        let folder = try temporaryFolder(), target = try temporaryFolder()
        defer { for f in [folder, target] { try? FileManager.default.removeItem(atPath: f) } }
        let store = try ConsolidationStore(folder: folder, writable: true)
        try store.record(ImportBatch(files: [importedFile("a", rows: 25)]))
        // No checkpoint: the rows are still in the -wal; the backup has them all the same.
        try store.backup(to: target + "/" + ConsolidationStore.databaseName)
        #expect(PrivateFiles.mode(of: target + "/" + ConsolidationStore.databaseName) == 0o600)
        let copy = try ConsolidationStore(folder: target)
        #expect(try copy.referrals().count == 25)
        #expect(throws: FileError.self) { try store.backup(to: target + "/" + ConsolidationStore.databaseName) }
    }

    @Test func aDanglingLinkNamedLikeTheStoreIsRefused() throws {
        let folder = try temporaryFolder(), elsewhere = try temporaryFolder()
        defer { for f in [folder, elsewhere] { try? FileManager.default.removeItem(atPath: f) } }
        #expect(symlink(elsewhere + "/stolen.sqlite", folder + "/" + ConsolidationStore.databaseName) == 0)
        #expect(throws: OutputFolderError.symbolicLink(path: folder + "/" + ConsolidationStore.databaseName)) {
            _ = try ConsolidationStore(folder: folder, writable: true)
        }
        #expect(!FileManager.default.fileExists(atPath: elsewhere + "/stolen.sqlite"), "the old code created the store there")
    }

    @Test func temporaryFilesHaveRandomNamesAndNeverFollowAPlantedLink() throws {
        let folder = try temporaryFolder(), elsewhere = try temporaryFolder()
        defer { for f in [folder, elsewhere] { try? FileManager.default.removeItem(atPath: f) } }
        let victim = elsewhere + "/victim.txt"
        try PrivateFiles.writeAtomically(Array("keep me".utf8), to: victim, mode: 0o644)
        // The old code wrote `saisines.csv.tmp-PID`: a link planted there was followed and chmodded.
        #expect(symlink(victim, folder + "/saisines.csv.tmp-\(getpid())") == 0)
        let a = PrivateFiles.temporaryPath(for: folder + "/saisines.csv")
        let b = PrivateFiles.temporaryPath(for: folder + "/saisines.csv")
        #expect(a != b && a.contains(PrivateFiles.temporaryMarker))
        try PrivateFiles.writeAtomically(Array("new".utf8), to: folder + "/saisines.csv")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
        #expect(PrivateFiles.mode(of: victim) == 0o644)
        // Exclusive creation: a name that exists, link or file, is never opened for writing.
        #expect(symlink(victim, a) == 0)
        #expect(PrivateFiles.createExclusive(a) == -1)
        // The next run sweeps both kinds of leftovers, and only those.
        let swept = PrivateFiles.sweepTemporaryFiles(in: folder)
        #expect(swept.count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["saisines.csv"])
        #expect(FileManager.default.fileExists(atPath: victim))
    }

    @Test func anOutputFolderOthersMayWriteIsRefusedUnlessIntended() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        chmod(folder, 0o777)
        #expect(throws: OutputFolderError.sharedFolder(path: folder, mode: 0o777)) {
            try PrivateFiles.refuseShared(folder, allowed: false)
        }
        try PrivateFiles.refuseShared(folder, allowed: true)
        chmod(folder, 0o700)
        try PrivateFiles.refuseShared(folder, allowed: false)
    }
}
