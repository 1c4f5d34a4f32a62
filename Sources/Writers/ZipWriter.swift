// A minimal streaming ZIP writer for the XLSX package: raw deflate through zlib, CRC-32, no ZIP64.

import CZlib
import Texts

public struct ZipError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { Texts.current("writers.zip-error", ["message": message]) }
}

/// Entries are deflated as they are written; the central directory is written by `finish()`.
public final class ZipWriter {
    private struct Entry {
        var name: [UInt8]
        var offset: UInt32
        var crc: UInt32
        var compressed: UInt32
        var uncompressed: UInt32
    }

    private let file: AtomicFile
    private var entries: [Entry] = []
    private var offset: UInt64 = 0
    private var stream = z_stream()
    private var current: (name: [UInt8], offset: UInt64, crc: UInt, compressed: UInt64, uncompressed: UInt64)?
    private var pending: [UInt8] = []

    public init(file: AtomicFile) { self.file = file }

    private func emit(_ bytes: [UInt8]) throws {
        try file.write(bytes)
        offset += UInt64(bytes.count)
    }

    private static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xff), UInt8((v >> 8) & 0xff)] }
    private static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xff) } }

    /// A fixed time stamp (1980-01-01 00:00) keeps the package byte-for-byte deterministic.
    private static let dosTime = le16(0), dosDate = le16((0 << 9) | (1 << 5) | 1)

    public func begin(_ name: String) throws {
        let nameBytes = Array(name.utf8)
        // Sizes and CRC follow the data in a descriptor (flag bit 3), so the entry streams.
        var header: [UInt8] = [0x50, 0x4b, 0x03, 0x04] + ZipWriter.le16(20) + ZipWriter.le16(0x0808) + ZipWriter.le16(8)
        header += ZipWriter.dosTime + ZipWriter.dosDate + ZipWriter.le32(0) + ZipWriter.le32(0) + ZipWriter.le32(0)
        header += ZipWriter.le16(nameBytes.count) + ZipWriter.le16(0) + nameBytes
        current = (nameBytes, offset, crc32(0, nil, 0), 0, 0)
        try emit(header)
        stream = z_stream()
        let rc = deflateInit2_(&stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else { throw ZipError(message: Texts.current("writers.zip.zlib", ["code": "\(rc)"])) }
    }

    public func write(_ text: String) throws {
        pending.append(contentsOf: text.utf8)
        if pending.count >= 1 << 16 { try deflatePending(finish: false) }
    }

    private func deflatePending(finish: Bool) throws {
        guard var entry = current else { throw ZipError(message: Texts.current("writers.zip.outside")) }
        entry.crc = pending.withUnsafeBufferPointer { crc32(entry.crc, $0.baseAddress, uInt($0.count)) }
        entry.uncompressed += UInt64(pending.count)
        var output = [UInt8](repeating: 0, count: 1 << 16)
        try pending.withUnsafeMutableBufferPointer { input in
            stream.next_in = input.baseAddress
            stream.avail_in = uInt(input.count)
            while true {
                let (produced, rc) = try output.withUnsafeMutableBufferPointer { out -> (Int, Int32) in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let rc = deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH)
                    guard rc == Z_OK || rc == Z_STREAM_END || rc == Z_BUF_ERROR else {
                        throw ZipError(message: Texts.current("writers.zip.deflate", ["code": "\(rc)"]))
                    }
                    return (out.count - Int(stream.avail_out), rc)
                }
                if produced > 0 {
                    try emit(Array(output[0..<produced]))
                    entry.compressed += UInt64(produced)
                }
                // Done when zlib has room left over (all input taken), or, finishing, at the stream's end.
                if finish ? rc == Z_STREAM_END : stream.avail_out != 0 { break }
            }
        }
        pending.removeAll(keepingCapacity: true)
        current = entry
    }

    public func end() throws {
        try deflatePending(finish: true)
        deflateEnd(&stream)
        guard let entry = current else { return }
        current = nil
        guard entry.offset < UInt64(UInt32.max), entry.compressed < UInt64(UInt32.max),
              entry.uncompressed < UInt64(UInt32.max) else { throw ZipError(message: Texts.current("writers.zip.sheet-size")) }
        let e = Entry(name: entry.name, offset: UInt32(entry.offset), crc: UInt32(entry.crc),
                      compressed: UInt32(entry.compressed), uncompressed: UInt32(entry.uncompressed))
        try emit([0x50, 0x4b, 0x07, 0x08] + ZipWriter.le32(e.crc) + ZipWriter.le32(e.compressed) + ZipWriter.le32(e.uncompressed))
        entries.append(e)
    }

    public func finish() throws {
        let start = offset
        for e in entries {
            var record: [UInt8] = [0x50, 0x4b, 0x01, 0x02] + ZipWriter.le16(20) + ZipWriter.le16(20) + ZipWriter.le16(0x0808)
            record += ZipWriter.le16(8) + ZipWriter.dosTime + ZipWriter.dosDate + ZipWriter.le32(e.crc)
            record += ZipWriter.le32(e.compressed) + ZipWriter.le32(e.uncompressed) + ZipWriter.le16(e.name.count)
            record += ZipWriter.le16(0) + ZipWriter.le16(0) + ZipWriter.le16(0) + ZipWriter.le16(0) + ZipWriter.le32(0)
            record += ZipWriter.le32(e.offset) + e.name
            try emit(record)
        }
        guard offset < UInt64(UInt32.max) else { throw ZipError(message: Texts.current("writers.zip.package-size")) }
        let size = UInt32(offset - start)
        try emit([0x50, 0x4b, 0x05, 0x06] + ZipWriter.le16(0) + ZipWriter.le16(0) + ZipWriter.le16(entries.count)
                 + ZipWriter.le16(entries.count) + ZipWriter.le32(size) + ZipWriter.le32(UInt32(start)) + ZipWriter.le16(0))
    }
}
