// The store's side of "one unit": which export generation it commits to, the journal merged at
// the end of a run, a whole copy on demand, and what it knows of each stored file.

import Model
import Writers

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file the store holds rows of, with when it was read and what it really is.
public struct StoredFile: Sendable, Equatable {
    public var account: FileAccount
    /// UTC, ISO 8601: the import that stored the current rows.
    public var importedAt: String
    /// The file's real path then (links resolved); empty for stores written by an older isg.
    public var realPath: String
}

/// An export generation the store committed to: the folder its exports were written in.
public struct ExportGeneration: Sendable, Equatable {
    public var runID: Int
    /// The staging folder's name inside the output folder, until it becomes `current`.
    public var folder: String
    /// True once the folder was switched in as `current`.
    public var switched: Bool
}

extension ConsolidationStore {
    public func storedFiles() throws -> [StoredFile] {
        try db.rows("SELECT \(quotedColumns(StoreSchema.importColumns)) FROM imports ORDER BY file").map {
            StoredFile(account: FileAccount(sqliteRow: $0), importedAt: $0[9].text ?? "", realPath: $0[11].text ?? "")
        }
    }

    /// Called inside the import's transaction, once the generation's folder is written: the
    /// commit of the data and of this line is one act.
    public func commitTo(generation runID: Int, folder: String) throws {
        try db.prepare("INSERT OR REPLACE INTO generations VALUES (?, ?, 0)").run([.init(runID), .init(folder)])
    }

    /// After the switch: the run log says this generation is the current one.
    public func markSwitched(_ runID: Int) throws {
        try db.transaction {
            try db.prepare("UPDATE generations SET switched = 1 WHERE run_id = ?").run([.init(runID)])
        }
    }

    /// The latest generation the store committed to (switched in or still to be).
    public func latestGeneration() throws -> ExportGeneration? {
        try db.rows("SELECT run_id, folder, switched FROM generations ORDER BY run_id DESC LIMIT 1").first.map {
            ExportGeneration(runID: $0[0].integer ?? 0, folder: $0[1].text ?? "", switched: ($0[2].integer ?? 0) != 0)
        }
    }

    /// Runs `body` in one transaction over the whole import: `record` inside it is a savepoint.
    public func inOneTransaction<T>(_ body: () throws -> T) throws -> T {
        try db.transaction(body)
    }

    /// Merges the journal into consolidation.sqlite and empties it: the file copied alone is whole.
    public func checkpoint() throws {
        do {
            try db.checkpoint()
        } catch {
            throw StoreError.checkpointFailed(path: databasePath, reason: "\(error)")
        }
    }

    /// A consistent copy of the store at `path` (SQLite's backup API), mode 0600, never over an
    /// existing file or through a link.
    public func backup(to path: String) throws {
        let fd = PrivateFiles.createExclusive(path)
        guard fd >= 0 else { throw FileError(path: path, operation: "create the backup", errno: errno) }
        close(fd)
        do {
            try db.backup(to: path)
        } catch {
            PrivateFiles.remove(path)
            throw error
        }
    }
}
