// What stops the store from opening or writing, said so that the user knows what to do.

import Model

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
    /// The journal could not be merged into the database at the end of a run.
    case checkpointFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .busy(let path):
            return "another isg import is writing to this store (lock \(path)); wait for it to finish, then run again"
        case .badKey(let path, let size):
            return "the person-id key \(path) holds \(size) bytes instead of 32; restore it from your backup "
                + "(deleting it changes every person_id)"
        case .newerSchema(let path, let version):
            return "\(path) was written by a newer isg (schema \(version)); update isg"
        case .unbalancedAccount(let file):
            return "the rows of \(file) do not add up (read != kept + duplicates + rejected + non-data); "
                + "this is a bug in isg, please report it"
        case .missing(let path):
            return "no consolidated store at \(path); run `isg import` first or pass --db"
        case .checkpointFailed(let path, let reason):
            return "the run's data is committed, but its journal could not be merged into \(path) (\(reason)); "
                + "free some disk space and run `isg import` again; until then copy the store with `isg backup`, not alone"
        }
    }
}
