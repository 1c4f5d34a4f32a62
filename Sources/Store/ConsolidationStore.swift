// The consolidated dataset on disk: one SQLite file per output folder, its lock and its person-id key.

#if canImport(Glibc)
import Writers
import Glibc
import Model
#elseif canImport(Darwin)
import Darwin
#endif

/// `consolidation.sqlite` in an output folder. Open it `writable` to import (takes the folder's
/// lock), or not to read (indicators, exports).
public final class ConsolidationStore {
    public static let databaseName = "consolidation.sqlite"
    public static let lockName = "consolidation.lock"
    public static let keyName = "person-id.key"

    public let folder: String
    /// The database file: `consolidation.sqlite` in `folder`, or the file `--db` names.
    public let databasePath: String
    public var keyPath: String { folder + "/" + ConsolidationStore.keyName }

    let db: SQLiteConnection
    private let lock: StoreLock?

    /// Called with a label at each step of an import; tests use it to snapshot the files as a
    /// process killed at that instant would leave them.
    public var stepHook: (@Sendable (String) -> Void)?

    public convenience init(folder: String, writable: Bool = false, lockTimeout: Double = 5) throws {
        try self.init(folder: folder, path: folder + "/" + ConsolidationStore.databaseName, writable: writable, lockTimeout: lockTimeout)
    }

    private init(folder: String, path: String, writable: Bool, lockTimeout: Double) throws {
        self.folder = folder
        self.databasePath = path
        if writable {
            try PrivateFiles.createFolder(folder)
            // SQLite and the lock would follow a link planted at one of these names.
            for name in [ConsolidationStore.databaseName, ConsolidationStore.databaseName + "-wal",
                         ConsolidationStore.databaseName + "-shm", ConsolidationStore.lockName, ConsolidationStore.keyName] {
                try PrivateFiles.refuseLink(folder + "/" + name)
            }
            lock = try StoreLock(path: folder + "/" + ConsolidationStore.lockName, timeout: lockTimeout)
            // Created 0600 before SQLite sees it: its -wal and -shm files copy this mode.
            try PrivateFiles.ensurePrivate(path)
        } else {
            guard PrivateFiles.exists(path) else { throw StoreError.missing(path: path) }
            lock = nil
        }
        db = try SQLiteConnection(path: path, create: writable)
        if writable {
            // WAL and a transaction per import: a killed run leaves the previous state readable.
            try db.execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF;")
            let version = try db.rows("PRAGMA user_version").first?.first?.integer ?? 0
            guard version <= StoreSchema.version else { throw StoreError.newerSchema(path: path, version: version) }
            try db.transaction {
                try db.execute(StoreSchema.creation)
                for (table, column, definition) in StoreSchema.addedColumns {
                    let columns = try db.rows("PRAGMA table_info(\(table))").compactMap { $0[1].text }
                    if !columns.contains(column) { try db.execute("ALTER TABLE \(table) ADD COLUMN \(column) \(definition)") }
                }
                try db.execute("PRAGMA user_version=\(StoreSchema.version)")
            }
        }
    }

    /// The store in exactly the file `--db` names (read only): a file that is not an isg store
    /// (a CSV, another SQLite database, an empty file) is refused before SQLite writes anything beside it.
    public convenience init(databaseFile path: String) throws {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        var info = stat()
        guard stat(path, &info) == 0 else { throw StoreError.missing(path: path) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw StoreError.notAStore(path: path) }
        guard ConsolidationStore.hasSQLiteHeader(path) else { throw StoreError.notAStore(path: path) }
        try self.init(folder: folder.isEmpty ? "/" : folder, path: path, writable: false, lockTimeout: 0)
        let tables = Set(try db.rows("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0.first?.text })
        guard tables.isSuperset(of: ["saisines", "imports", "findings"]) else { throw StoreError.notAStore(path: path) }
    }

    deinit { lock?.release() }

    /// The 16 bytes every SQLite database starts with.
    private static func hasSQLiteHeader(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 16)
        let n = header.withUnsafeMutableBytes { read(fd, $0.baseAddress, 16) }
        return n == 16 && header == Array("SQLite format 3\0".utf8)
    }

    /// The 32-byte secret that keys the person-id HMAC, created on first use (mode 0600).
    /// Keep it apart from the data you share: with it, ids can be tested against names.
    public func secretKey() throws -> [UInt8] {
        try ConsolidationStore.loadOrCreateKey(at: keyPath)
    }

    static func loadOrCreateKey(at path: String) throws -> [UInt8] {
        if PrivateFiles.exists(path) {
            let bytes = try PrivateFiles.readAll(path)
            guard bytes.count == 32 else { throw StoreError.badKey(path: path, size: bytes.count) }
            return bytes
        }
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try PrivateFiles.writeAtomically(key, to: path)
        return key
    }
}
