// Crash safety, one writer at a time, and the modes of files that hold personal data.

#if canImport(Glibc)
import Writers
import TestSupport
import Glibc
#endif
import Foundation
import Testing
@testable import Store

@Suite struct StoreSafetyTests {
    @Test func personalFilesAreOwnerOnly() throws {
        let folder = try temporaryFolder()
        let store = try ConsolidationStore(folder: folder, writable: true)
        try store.record(ImportBatch(files: [importedFile("a", rows: 2)]))
        let key = try store.secretKey()
        #expect(key.count == 32)
        #expect(try store.secretKey() == key)
        for name in [ConsolidationStore.databaseName, ConsolidationStore.databaseName + "-wal", ConsolidationStore.keyName] {
            #expect(PrivateFiles.mode(of: folder + "/" + name) == 0o600, "\(name)")
        }
    }

    @Test func aShortKeyFileIsAnErrorNotANewKey() throws {
        let folder = try temporaryFolder()
        let store = try ConsolidationStore(folder: folder, writable: true)
        try PrivateFiles.writeAtomically([1, 2, 3], to: store.keyPath)
        #expect(throws: StoreError.badKey(path: store.keyPath, size: 3)) { try store.secretKey() }
    }

    @Test func aSecondWriterInTheSameProcessIsRefused() throws {
        let folder = try temporaryFolder()
        let first = try ConsolidationStore(folder: folder, writable: true)
        #expect(throws: StoreError.busy(folder: folder + "/" + ConsolidationStore.lockName)) {
            _ = try ConsolidationStore(folder: folder, writable: true, lockTimeout: 0.2)
        }
        _ = first
    }

    @Test func aWriterWaitsForAnotherProcessThenGoesOn() throws {
        let folder = try temporaryFolder()
        try PrivateFiles.createFolder(folder)
        let lockPath = folder + "/" + ConsolidationStore.lockName
        // util-linux's flock holds the lock from another process for a second.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [lockPath, "sleep", "1"]
        try holder.run()
        usleep(300_000)
        #expect(throws: StoreError.busy(folder: lockPath)) {
            _ = try ConsolidationStore(folder: folder, writable: true, lockTimeout: 0.1)
        }
        let store = try ConsolidationStore(folder: folder, writable: true, lockTimeout: 10)
        holder.waitUntilExit()
        try store.record(ImportBatch(files: [importedFile("a", rows: 1)]))
        #expect(try store.referrals().count == 1)
    }

    @Test func readersDoNotNeedTheLock() throws {
        let folder = try temporaryFolder()
        let writer = try ConsolidationStore(folder: folder, writable: true)
        try writer.record(ImportBatch(files: [importedFile("a", rows: 2)]))
        let reader = try ConsolidationStore(folder: folder)
        #expect(try reader.referrals().count == 2)
    }

    /// A process killed at any instant leaves its files on disk as they are at that instant. The
    /// hook copies them at every step of an import (mid-transaction), and each copy must open
    /// to the state before the import, never to a half-written one.
    @Test func aKilledImportLeavesThePreviousStateIntact() throws {
        let folder = try temporaryFolder()
        let store = try ConsolidationStore(folder: folder, writable: true)
        try store.record(ImportBatch(files: [importedFile("a", rows: 3), importedFile("b", rows: 2)]))
        let before = try dataDump(store)
        let snapshots = try temporaryFolder()
        let counter = Counter()
        store.stepHook = { step in
            let target = snapshots + "/\(counter.next())"
            mkdir(target, 0o700)
            for suffix in ["", "-wal", "-shm"] {
                let name = ConsolidationStore.databaseName + suffix
                if let bytes = try? PrivateFiles.readAll(folder + "/" + name) {
                    try? PrivateFiles.writeAtomically(bytes, to: target + "/" + name)
                }
            }
        }
        try store.record(ImportBatch(files: [importedFile("a", rows: 1, hash: "h2"), importedFile("c", rows: 5)],
                                     removedFiles: ["b"]))
        let after = try dataDump(store)
        #expect(after != before)
        #expect(counter.value >= 5)
        for index in 0..<counter.value {
            let copy = try ConsolidationStore(folder: snapshots + "/\(index)")
            #expect(try dataDump(copy) == before, "snapshot \(index)")
        }
    }
}

final class Counter: @unchecked Sendable {
    private(set) var value = 0
    func next() -> Int {
        defer { value += 1 }
        return value
    }
}
