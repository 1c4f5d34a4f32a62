// Reads a file in fixed-size chunks through the C library, so a large CSV never sits in memory.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif
import Texts

/// A read-only file handed out one chunk at a time; closed when released.
final class CSVByteFile {
    static let chunkSize = 1 << 16

    let path: String
    private let descriptor: Int32
    private var buffer: [UInt8]

    init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw SpreadsheetError(.unreadable, file: path,
                                   Texts.current("sheet.csv.cannot-open", ["reason": "\(CSVByteFile.errorText())"]))
        }
        descriptor = fd
        buffer = [UInt8](repeating: 0, count: CSVByteFile.chunkSize)
    }

    deinit { close(descriptor) }

    /// Goes back to the first byte, for a second pass.
    func rewind() throws {
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw SpreadsheetError(.unreadable, file: path, Texts.current("sheet.csv.cannot-reread", ["reason": "\(CSVByteFile.errorText())"]))
        }
    }

    /// Calls `body` with each successive chunk until the end of the file or until it returns false.
    func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        while true {
            let count = try buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                while true {
                    let n = read(descriptor, base, raw.count)
                    if n >= 0 { return n }
                    if errno == EINTR { continue }
                    throw SpreadsheetError(.unreadable, file: path,
                                           Texts.current("sheet.csv.read-failed", ["reason": "\(CSVByteFile.errorText())"]))
                }
            }
            if count == 0 { return }
            let keepGoing = try buffer.withUnsafeBufferPointer { all in
                try body(UnsafeBufferPointer(rebasing: all[0..<count]))
            }
            if !keepGoing { return }
        }
    }

    private static func errorText() -> String {
        guard let text = strerror(errno) else { return "error \(errno)" }
        return String(cString: text)
    }
}
