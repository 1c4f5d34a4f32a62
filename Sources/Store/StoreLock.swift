// The writer's lock on a store folder: one import at a time, the next one waits briefly then refuses.

#if canImport(Glibc)
import Writers
import Glibc
import Model
#elseif canImport(Darwin)
import Darwin
#endif

/// Held while an import writes; released on `release()` or when the process dies (flock).
/// The lock file is removed on release, so no `consolidation.lock` stays behind a finished run: a
/// waiter that got the lock on the removed file sees that the path no longer names it and tries again.
public final class StoreLock {
    private var fd: Int32
    public let path: String

    /// Waits up to `timeout` seconds for another writer to finish.
    public init(path: String, timeout: Double) throws {
        self.path = path
        let deadline = StoreLock.now() + timeout
        fd = -1
        while true {
            fd = try StoreLock.acquire(path: path, deadline: deadline)
            if StoreLock.namesTheSameFile(fd, path) { return }
            // The previous holder removed the file between our open and our lock: lock the new one.
            flock(fd, LOCK_UN)
            close(fd)
        }
    }

    private static func namesTheSameFile(_ fd: Int32, _ path: String) -> Bool {
        var held = stat(), named = stat()
        guard fstat(fd, &held) == 0, lstat(path, &named) == 0 else { return false }
        return held.st_dev == named.st_dev && held.st_ino == named.st_ino
    }

    private static func acquire(path: String, deadline: Double) throws -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, PrivateFiles.privateMode)
        guard fd >= 0 else { throw FileError(path: path, operation: "create the lock file", errno: errno) }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let e = errno
            guard e == EWOULDBLOCK || e == EINTR else {
                close(fd)
                throw FileError(path: path, operation: "lock", errno: e)
            }
            if StoreLock.now() >= deadline {
                close(fd)
                throw StoreError.busy(folder: path)
            }
            usleep(50_000)
        }
        return fd
    }

    public func release() {
        if fd >= 0 {
            // Removed while still held: whoever opens the path next creates a fresh file.
            if StoreLock.namesTheSameFile(fd, path) { unlink(path) }
            flock(fd, LOCK_UN)
            close(fd)
            fd = -1
        }
    }

    deinit { release() }

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
