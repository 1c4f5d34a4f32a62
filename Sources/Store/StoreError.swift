// What stops the store from opening or writing, said so that the user knows what to do.

import Model
import Texts

public enum StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Another import holds the store's lock.
    case busy(folder: String)
    /// The key file exists but is not 32 bytes.
    case badKey(path: String, size: Int)
    /// The database was written by a newer isg.
    case newerSchema(path: String, version: Int)
    /// A file account that does not add up (read != kept + duplicates + rejected + non-data).
    case unbalancedAccount(file: String)
    /// No store where one was expected.
    case missing(path: String)
    /// A file that is not an isg store (`--db saisines.csv`, another SQLite database).
    case notAStore(path: String)
    /// The journal could not be merged into the database at the end of a run.
    case checkpointFailed(path: String, reason: String)

    public var description: String {
        let texts = Texts.current
        switch self {
        case .busy(let path): return texts("store.busy", ["path": path])
        case .badKey(let path, let size): return texts("store.bad-key", ["path": path, "size": String(size)])
        case .newerSchema(let path, let version): return texts("store.newer-schema", ["path": path, "version": String(version)])
        case .unbalancedAccount(let file): return texts("store.unbalanced", ["file": file])
        case .missing(let path): return texts("store.missing", ["path": path])
        case .notAStore(let path): return texts("store.not-a-store", ["path": path])
        case .checkpointFailed(let path, let reason): return texts("store.checkpoint-failed", ["path": path, "reason": reason])
        }
    }
}
