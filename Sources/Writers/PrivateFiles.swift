// Files that may hold personal data: created mode 0600, written atomically (temp, fsync, rename).

import Texts

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system failure naming the path and what to check.
public struct FileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    /// `create`, `protect`, `write`, `sync`, `replace`, `create the folder`, `open` or `read`: said in
    /// the run's language by `description`.
    public var operation: String
    public var errno: Int32

    public init(path: String, operation: String, errno: Int32) {
        self.path = path
        self.operation = operation
        self.errno = errno
    }

    public var description: String {
        Texts.current("writers.file-error", ["operation": Texts.current("writers.op." + operation.replacingOccurrences(of: " ", with: "-")),
                                             "path": path, "reason": String(cString: strerror(errno))])
    }
}

public enum PrivateFiles {
    /// Owner read/write only: these files hold names and birth dates.
    public static let privateMode: mode_t = 0o600

    /// Writes `bytes` to `path` so a reader sees either the old file or the whole new one:
    /// a temporary file in the same folder, fsync, rename, then fsync of the folder.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = privateMode) throws {
        let file = try AtomicFile(path: path, mode: mode)
        try file.write(bytes)
        try file.commit()
    }

    /// Creates a new file at `path` for writing, mode 0600: never one that exists, never through
    /// a link (a name planted in advance makes this fail instead of writing elsewhere). -1 and
    /// errno on failure.
    public static func createExclusive(_ path: String, mode: mode_t = privateMode) -> Int32 {
        open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
    }

    /// The marker every temporary name of isg holds, so the next run can sweep what a killed one left.
    public static let temporaryMarker = ".isg-tmp-"

    /// A fresh, unpredictable temporary name beside `path`: `.saisines.csv.isg-tmp-3f9c...`.
    public static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var generator = SystemRandomNumberGenerator()
        let random = (0..<2).map { _ in String(generator.next() as UInt64, radix: 16) }.joined()
        return folder + "." + name + temporaryMarker + random
    }

    public static func remove(_ path: String) { unlink(path) }

    /// Refuses `path` when it is a symbolic link (dangling or not): outputs are never written through one.
    public static func refuseLink(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK { throw OutputFolderError.symbolicLink(path: path) }
    }

    /// Refuses an output folder others may write to (they could plant links, or swap files the
    /// next reader trusts), unless the user says it is intended.
    public static func refuseShared(_ folder: String, allowed: Bool) throws {
        var info = stat()
        guard !allowed, stat(folder, &info) == 0 else { return }
        let mode = Int(info.st_mode & 0o7777)
        if mode & 0o022 != 0 || info.st_uid != geteuid() { throw OutputFolderError.sharedFolder(path: folder, mode: mode) }
    }

    /// Removes what an interrupted run left in `folder`: isg's temporary files (this marker, and the
    /// `name.tmp-PID` of older versions). Returns their names, for the report.
    public static func sweepTemporaryFiles(in folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var removed: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard isTemporaryName(name) else { continue }
            var info = stat()
            // Files and links only: staging folders are the generations' to sweep.
            guard lstat(folder + "/" + name, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { continue }
            if unlink(folder + "/" + name) == 0 { removed.append(name) }
        }
        return removed.sorted()
    }

    static func isTemporaryName(_ name: String) -> Bool {
        if name.contains(temporaryMarker) { return true }
        guard let range = name.range(of: ".tmp-", options: .backwards) else { return false }
        let pid = name[range.upperBound...]
        return !pid.isEmpty && pid.allSatisfy(\.isNumber)
    }

    /// Creates `path` empty with mode 0600 when missing, and tightens its mode when present.
    public static func ensurePrivate(_ path: String) throws {
        // O_NOFOLLOW: a dangling link named like the store would have it created elsewhere.
        let fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, privateMode)
        guard fd >= 0 else {
            if errno == ELOOP { throw OutputFolderError.symbolicLink(path: path) }
            throw FileError(path: path, operation: "create", errno: errno)
        }
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
