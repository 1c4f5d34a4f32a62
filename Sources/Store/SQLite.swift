// A small wrapper over the SQLite C API: a connection, prepared statements, and errors as values.

import CSQLite
import Model
import Texts

/// What went wrong inside SQLite, with the statement or step that failed.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public var code: Int32
    public var message: String
    public var context: String

    public var description: String {
        Texts.current("sqlite.error", ["code": String(code), "message": message, "context": context])
    }
}

/// SQLite wants this to copy bound text: the Swift buffer does not outlive the bind call.
private let transientDestructor = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One connection to a database file; not shared between threads.
public final class SQLiteConnection {
    private(set) var handle: OpaquePointer?
    public let path: String

    /// `create: false` opens only an existing database (still read-write: WAL readers need the -shm file).
    public init(path: String, create: Bool = true) throws {
        self.path = path
        let flags = create ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READWRITE
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        handle = db
        guard rc == SQLITE_OK else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            handle = nil
            throw SQLiteError(code: rc, message: message, context: Texts.current("sqlite.opening"))
        }
        // Another process writing waits this long before we report it as busy.
        sqlite3_busy_timeout(db, 5_000)
    }

    deinit { sqlite3_close_v2(handle) }

    func error(_ rc: Int32, _ context: String) -> SQLiteError {
        SQLiteError(code: rc, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "closed", context: context)
    }

    /// Runs one or more statements that take no parameters.
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if rc != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? "unknown"
            sqlite3_free(errorMessage)
            throw SQLiteError(code: rc, message: message, context: Texts.current("sqlite.running", ["sql": sql.prefix(60).split(whereSeparator: \.isNewline).joined(separator: " ")]))
        }
    }

    public func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else { throw error(rc, Texts.current("sqlite.preparing", ["sql": String(sql.prefix(60))])) }
        return SQLiteStatement(statement: statement, connection: self)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// Inside another transaction it is a savepoint, so an import can hold one transaction over
    /// its records and its exports and commit both at once (see `ImportJob`).
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        let nested = sqlite3_get_autocommit(handle) == 0
        // IMMEDIATE takes the write lock now, so a concurrent writer is refused before any work.
        try execute(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute(nested ? "RELEASE nested" : "COMMIT")
            return result
        } catch {
            if nested {
                try? execute("ROLLBACK TO nested")
                try? execute("RELEASE nested")
            } else {
                try? execute("ROLLBACK")
            }
            throw error
        }
    }

    /// Merges the write-ahead log into the database file and empties it, so the file copied
    /// alone is whole. Throws when SQLite could not copy every frame (a reader, a full disk).
    public func checkpoint() throws {
        var logFrames: Int32 = 0, copied: Int32 = 0
        let rc = sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &copied)
        guard rc == SQLITE_OK else { throw error(rc, Texts.current("sqlite.checkpoint")) }
        guard logFrames <= 0 || copied == logFrames else {
            throw SQLiteError(code: SQLITE_BUSY, message: "\(copied) of \(logFrames) pages copied",
                              context: Texts.current("sqlite.checkpoint"))
        }
    }

    /// Copies the whole database into a new file at `path` with SQLite's online backup: a
    /// consistent copy even while another process reads (WAL and database merged).
    public func backup(to path: String) throws {
        var target: OpaquePointer?
        let rc = sqlite3_open_v2(path, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        defer { sqlite3_close_v2(target) }
        guard rc == SQLITE_OK, let target else {
            throw SQLiteError(code: rc, message: target.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open",
                              context: Texts.current("sqlite.backup-create", ["path": path]))
        }
        guard let backup = sqlite3_backup_init(target, "main", handle, "main") else {
            throw SQLiteError(code: sqlite3_errcode(target), message: String(cString: sqlite3_errmsg(target)),
                              context: Texts.current("sqlite.backup-start"))
        }
        var step = sqlite3_backup_step(backup, -1)
        while step == SQLITE_BUSY || step == SQLITE_LOCKED {
            sqlite3_sleep(50)
            step = sqlite3_backup_step(backup, -1)
        }
        let finish = sqlite3_backup_finish(backup)
        guard step == SQLITE_DONE, finish == SQLITE_OK else {
            throw SQLiteError(code: step == SQLITE_DONE ? finish : step, message: String(cString: sqlite3_errmsg(target)),
                              context: Texts.current("sqlite.backup-copy", ["path": path]))
        }
        // A backup is a plain file: no journal beside it.
        var message: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(target, "PRAGMA journal_mode=DELETE", nil, nil, &message) != SQLITE_OK { sqlite3_free(message) }
    }

    /// All rows of a query, each as its column values.
    public func rows(_ sql: String, _ parameters: [SQLiteValue] = []) throws -> [[SQLiteValue]] {
        let statement = try prepare(sql)
        try statement.bind(parameters)
        var result: [[SQLiteValue]] = []
        while try statement.step() {
            result.append((0..<statement.columnCount).map { statement.value(at: $0) })
        }
        return result
    }

    /// Every row of a query turned into a value as it is read: the rows' raw values are never
    /// all in memory at once (400,000 referrals at national scale).
    public func map<T>(_ sql: String, _ parameters: [SQLiteValue] = [], _ transform: ([SQLiteValue]) throws -> T) throws -> [T] {
        let statement = try prepare(sql)
        try statement.bind(parameters)
        var result: [T] = []
        let columns = statement.columnCount
        var row: [SQLiteValue] = []
        row.reserveCapacity(columns)
        while try statement.step() {
            row.removeAll(keepingCapacity: true)
            for column in 0..<columns { row.append(statement.value(at: column)) }
            result.append(try transform(row))
        }
        return result
    }
}

/// A value bound to or read from SQLite.
public enum SQLiteValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public var text: String? { if case .text(let s) = self { return s } else { return nil } }
    public var integer: Int? {
        if case .integer(let i) = self { return Int(i) } else { return nil }
    }

    public init(_ s: String?) { self = s.map { .text($0) } ?? .null }
    public init(_ i: Int?) { self = i.map { .integer(Int64($0)) } ?? .null }
    public init(_ b: Bool?) { self = b.map { .integer($0 ? 1 : 0) } ?? .null }
}

/// A prepared statement, reset and rebound for each use.
public final class SQLiteStatement {
    private let statement: OpaquePointer
    private let connection: SQLiteConnection

    init(statement: OpaquePointer, connection: SQLiteConnection) {
        self.statement = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(statement) }

    public func bind(_ values: [SQLiteValue]) throws {
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .null: rc = sqlite3_bind_null(statement, index)
            case .integer(let i): rc = sqlite3_bind_int64(statement, index, i)
            case .real(let d): rc = sqlite3_bind_double(statement, index, d)
            case .text(let s): rc = sqlite3_bind_text(statement, index, s, -1, transientDestructor)
            }
            guard rc == SQLITE_OK else { throw connection.error(rc, Texts.current("sqlite.binding", ["index": String(index)])) }
        }
    }

    /// Advances to the next row; false when done.
    public func step() throws -> Bool {
        let rc = sqlite3_step(statement)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(rc, Texts.current("sqlite.stepping"))
        }
    }

    /// Binds, runs to completion, ignores any rows.
    public func run(_ values: [SQLiteValue]) throws {
        try bind(values)
        while try step() {}
    }

    public var columnCount: Int { Int(sqlite3_column_count(statement)) }

    public func value(at column: Int) -> SQLiteValue {
        let index = Int32(column)
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, index))
        case SQLITE_TEXT:
            guard let text = sqlite3_column_text(statement, index) else { return .null }
            return .text(String(cString: text))
        default: return .null
        }
    }
}
