// A read-only file opened once and read at offsets with pread, so archives never load whole.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Texts

/// A regular file opened for reading. Closed when released.
public final class RandomAccessFile {
    /// The path as the caller gave it, for messages.
    public let path: String
    /// The size in bytes when the file was opened.
    public let size: Int
    private let descriptor: Int32

    /// Opens `path`; throws `.unreadable` for a missing file, a directory or a permission problem.
    public init(path: String) throws {
        self.path = path
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            var link = stat()
            // A run lists its files before reading them: a missing one is a dangling link or a file
            // moved or deleted meanwhile, and the message says which.
            let reason = code != ENOENT
                ? Texts.current("sheet.cannot-read", ["reason": "\(RandomAccessFile.errorText(code))"])
                : lstat(path, &link) == 0
                ? Texts.current("sheet.broken-link")
                : Texts.current("sheet.missing")
            throw SpreadsheetError(.unreadable, file: path, reason)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw SpreadsheetError(.unreadable, file: path, Texts.current("sheet.folder"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw SpreadsheetError(.unreadable, file: path, Texts.current("sheet.not-regular"))
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw SpreadsheetError(.unreadable, file: path,
                                   Texts.current("sheet.cannot-open", ["reason": "\(RandomAccessFile.errorText(errno))"]))
        }
        descriptor = fd
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// Reads up to `buffer.count` bytes at `offset`; returns how many were read (less only at the end).
    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        var done = 0
        while done < buffer.count {
            let n = pread(descriptor, base + done, buffer.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw SpreadsheetError(.unreadable, file: path,
                                       Texts.current("sheet.read-failed", ["reason": "\(RandomAccessFile.errorText(errno))"]))
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Reads exactly `count` bytes at `offset`, or `nil` when the file is shorter.
    public func bytes(at offset: Int, count: Int) throws -> [UInt8]? {
        guard offset >= 0, count >= 0, offset <= size, count <= size - offset else { return nil }
        var result = [UInt8](repeating: 0, count: count)
        let n = try result.withUnsafeMutableBytes { try read(at: offset, into: $0) }
        return n == count ? result : nil
    }

    private static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
