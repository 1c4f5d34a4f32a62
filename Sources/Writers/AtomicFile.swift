// A file written in pieces that appears whole or not at all: temp file in the same folder, fsync, rename.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to a temporary file that `commit()` renames over `path`; dropped without a
/// commit, the temporary file is removed and `path` keeps its previous content.
public final class AtomicFile {
    public let path: String
    private let temporary: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var committed = false

    public init(path: String, mode: mode_t = PrivateFiles.privateMode) throws {
        self.path = path
        // A random name created exclusively, never through a link: a name planted in the output
        // folder cannot redirect the write (or the chmod) to another file.
        temporary = PrivateFiles.temporaryPath(for: path)
        fd = PrivateFiles.createExclusive(temporary, mode: mode)
        guard fd >= 0 else { throw FileError(path: temporary, operation: "create", errno: errno) }
        TemporaryFiles.register(temporary)
        guard fchmod(fd, mode) == 0 else {
            let e = errno
            close(fd)
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
            throw FileError(path: temporary, operation: "protect", errno: e)
        }
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if !committed {
            if fd >= 0 { close(fd) }
            unlink(temporary)
            TemporaryFiles.unregister(temporary)
        }
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(_ text: String) throws { try write(Array(text.utf8)) }

    private func flush() throws {
        guard PrivateFiles.writeAll(fd, buffer) else { throw FileError(path: path, operation: "write", errno: errno) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Makes the new content durable, then visible under `path`.
    public func commit() throws {
        try flush()
        guard fsync(fd) == 0 else { throw FileError(path: path, operation: "sync", errno: errno) }
        close(fd)
        fd = -1
        guard rename(temporary, path) == 0 else { throw FileError(path: path, operation: "replace", errno: errno) }
        committed = true
        TemporaryFiles.unregister(temporary)
        PrivateFiles.syncFolder(of: path)
    }
}
