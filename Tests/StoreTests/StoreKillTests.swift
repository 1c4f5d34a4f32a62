// A real import process killed with SIGKILL at random moments: the store always reopens whole.

#if canImport(Glibc)
import TestSupport
import Glibc
#endif
import Foundation
import Testing
@testable import Store

/// Two states an import switches between; a killed store must hold exactly one of them (or the start).
enum KillScenario {
    static let start = ImportBatch(files: [importedFile("a", rows: 50), importedFile("b", rows: 50)])
    static let first = ImportBatch(files: [importedFile("a", rows: 3000, hash: "a2"), importedFile("b", rows: 2000, hash: "b2")],
                                   removedFiles: ["c"])
    static let second = ImportBatch(files: [importedFile("a", rows: 1000, hash: "a3"), importedFile("c", rows: 4000)],
                                    removedFiles: ["b"])

    static func ids(_ batch: ImportBatch, over base: Set<String> = []) -> Set<String> {
        let replaced = Set(batch.files.map(\.account.file) + batch.removedFiles)
        let kept = base.filter { id in !replaced.contains(where: { id.hasPrefix($0 + "#") }) }
        return kept.union(batch.files.flatMap { $0.referrals.map(\.recordID) })
    }
}

@Suite(.serialized) struct StoreKillTests {
    /// The child side: runs only when the parent test starts this binary with ISG_KILL_STORE set,
    /// and imports the two states in turn until it is killed.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ISG_KILL_STORE"] != nil,
                   "the child process of aKilledImportProcessLeavesAWholeState, which sets ISG_KILL_STORE"))
    func killableImportWorker() throws {
        let folder = ProcessInfo.processInfo.environment["ISG_KILL_STORE"] ?? ""
        let store = try ConsolidationStore(folder: folder, writable: true, lockTimeout: 10)
        while true {
            try store.record(KillScenario.first)
            try store.record(KillScenario.second)
        }
    }

    @Test func aKilledImportProcessLeavesAWholeState() throws {
        let folder = try temporaryFolder()
        do {
            let store = try ConsolidationStore(folder: folder, writable: true)
            try store.record(KillScenario.start)
        }
        let start = KillScenario.ids(KillScenario.start)
        let first = KillScenario.ids(KillScenario.first, over: start)
        let valid = [start, first, KillScenario.ids(KillScenario.second, over: first)]
        var generator = SystemRandomNumberGenerator()
        var runsSeen = 0
        for attempt in 0..<8 {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/proc/self/exe")
            child.arguments = ["--testing-library", "swift-testing", "--filter", "killableImportWorker"]
            child.environment = ProcessInfo.processInfo.environment.merging(["ISG_KILL_STORE": folder]) { _, new in new }
            child.standardOutput = FileHandle.nullDevice
            child.standardError = FileHandle.nullDevice
            try child.run()
            // A loaded machine may take longer to start the child than any fixed delay: wait until
            // it has committed once more (read-only, which takes no lock), then kill it at a random
            // moment of its next imports.
            let committed = try ConsolidationStore(folder: folder).runs().count
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline, (try? ConsolidationStore(folder: folder).runs().count) ?? committed <= committed {
                usleep(10_000)
            }
            usleep(UInt32.random(in: 0...300_000, using: &generator))
            kill(child.processIdentifier, SIGKILL)
            child.waitUntilExit()

            let store = try ConsolidationStore(folder: folder, writable: true, lockTimeout: 5)
            #expect(try store.db.rows("PRAGMA integrity_check").first?.first?.text == "ok")
            let ids = Set(try store.referrals().map(\.recordID))
            #expect(valid.contains(ids), "attempt \(attempt): \(ids.count) referrals match no whole state")
            if !valid.contains(ids) { break }
            let files = Set(try store.importedFiles().map(\.file))
            let filesOfIDs = Set(ids.compactMap { $0.split(separator: "#").first.map(String.init) })
            #expect(files == filesOfIDs, "attempt \(attempt): imports \(files.sorted()) but rows of \(filesOfIDs.sorted())")
            #expect(try store.rejections().count == files.count)
            runsSeen = try store.runs().count
        }
        // The children did commit imports: the kills fell before, between and inside transactions.
        #expect(runsSeen > 1)
    }
}
