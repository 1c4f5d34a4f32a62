// The writer's lock on a store folder: one import at a time, the next one waits briefly then refuses.

#if canImport(Glibc)
import Writers
import Glibc
import Model
#elseif canImport(Darwin)
import Darwin
#endif

/// Held while an import writes; released on `release()` or when the process dies (flock).
public final class StoreLock {
    private var fd: Int32
    public let path: String

    /// Waits up to `timeout` seconds for another writer to finish.
    public init(path: String, timeout: Double) throws {
        self.path = path
        fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, PrivateFiles.privateMode)
        guard fd >= 0 else { throw FileError(path: path, operation: "create the lock file", errno: errno) }
        let deadline = StoreLock.now() + timeout
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let e = errno
            guard e == EWOULDBLOCK || e == EINTR else {
                close(fd)
                throw FileError(path: path, operation: "lock", errno: e)
            }
            if StoreLock.now() >= deadline {
                close(fd)
                fd = -1
                throw StoreError.busy(folder: path)
            }
            usleep(50_000)
        }
    }

    public func release() {
        if fd >= 0 {
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
