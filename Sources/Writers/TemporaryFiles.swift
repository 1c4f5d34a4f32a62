// The temporary files and staging folders a run holds, so that a stop asked for (Ctrl-C, kill)
// removes them too; what a hard kill leaves is swept by the next run.

import Foundation

public enum TemporaryFiles {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var paths: Set<String> = []

    public static func register(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    public static func unregister(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every registered file or folder (a staging folder with its contents). Called on
    /// SIGINT/SIGTERM before the process exits; the store's open transaction simply never commits.
    public static func removeAll() {
        lock.lock()
        let all = paths
        paths = []
        lock.unlock()
        for path in all { try? FileManager.default.removeItem(atPath: path) }
    }
}
