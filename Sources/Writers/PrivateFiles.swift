// Files that may hold personal data: created mode 0600, written atomically (temp, fsync, rename).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system failure naming the path and what to check.
public struct FileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var operation: String
    public var errno: Int32

    public init(path: String, operation: String, errno: Int32) {
        self.path = path
        self.operation = operation
        self.errno = errno
    }

    public var description: String {
        "cannot \(operation) \(path): \(String(cString: strerror(errno))); check the folder exists and is writable"
    }
}

public enum PrivateFiles {
    /// Owner read/write only: these files hold names and birth dates.
    public static let privateMode: mode_t = 0o600

    /// Writes `bytes` to `path` so a reader sees either the old file or the whole new one:
    /// a temporary file in the same folder, fsync, rename, then fsync of the folder.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = privateMode) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileError(path: temporary, operation: "create", errno: errno) }
        var ok = fchmod(fd, mode) == 0
        var failure = errno
        if ok {
            ok = writeAll(fd, bytes)
            failure = errno
        }
        if ok, fsync(fd) != 0 { ok = false; failure = errno }
        close(fd)
        guard ok else {
            unlink(temporary)
            throw FileError(path: path, operation: "write", errno: failure)
        }
        guard rename(temporary, path) == 0 else {
            let e = errno
            unlink(temporary)
            throw FileError(path: path, operation: "replace", errno: e)
        }
        syncFolder(of: path)
    }

    /// Creates `path` empty with mode 0600 when missing, and tightens its mode when present.
    public static func ensurePrivate(_ path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, privateMode)
        guard fd >= 0 else { throw FileError(path: path, operation: "create", errno: errno) }
        defer { close(fd) }
        guard fchmod(fd, privateMode) == 0 else { throw FileError(path: path, operation: "protect", errno: errno) }
    }

    /// Creates `path` and its missing parents, like `mkdir -p`; the folder itself is owner-only
    /// (it will hold the store and identified exports), parents are ordinary folders.
    public static func createFolder(_ path: String, mode: mode_t = 0o700) throws {
        var info = stat()
        if stat(path, &info) == 0 { return }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try createFolder(String(path[..<slash]), mode: 0o755)
        }
        guard mkdir(path, mode) == 0 || errno == EEXIST else {
            throw FileError(path: path, operation: "create the folder", errno: errno)
        }
    }

    public static func readAll(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(path: path, operation: "open", errno: errno) }
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, operation: "read", errno: errno)
            }
            if n == 0 { break }
            result.append(contentsOf: buffer[0..<n])
        }
        return result
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o777
    }

    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// Makes the rename itself durable; a failure here loses nothing already written.
    public static func syncFolder(of path: String) {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let fd = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }
}
