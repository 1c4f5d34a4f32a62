// A ZIP archive read from its central directory, with entries inflated on demand (see ZipArchive+Inflate).

import Texts

/// A ZIP archive (XLSX, ODS). Opening parses the end-of-central-directory record and the
/// central directory (ZIP64 included), checks every local header and refuses entries that
/// overlap or run past the directory. Nothing is inflated until an entry is read.
///
/// Not thread-safe: the running total of inflated bytes is shared by all reads.
public final class ZipArchive {
    public let file: RandomAccessFile
    public let limits: ReadLimits
    /// Entries in central-directory order.
    public let entries: [ZipEntry]
    private let index: [String: Int]
    private let lowercasedIndex: [String: Int]
    /// Inflated bytes handed out so far, checked against `limits.maxTotalInflatedSize`.
    var totalInflated = 0

    /// The path for messages.
    public var path: String { file.path }

    public convenience init(path: String, limits: ReadLimits = .default) throws {
        try self.init(file: RandomAccessFile(path: path), limits: limits)
    }

    public init(file: RandomAccessFile, limits: ReadLimits = .default) throws {
        self.file = file
        self.limits = limits
        let entries = try ZipDirectoryParser(file: file, limits: limits).parse()
        self.entries = entries
        var index: [String: Int] = [:]
        var lowercased: [String: Int] = [:]
        for (i, entry) in entries.enumerated() {
            if index[entry.name] == nil { index[entry.name] = i }
            let key = entry.name.lowercased()
            if lowercased[key] == nil { lowercased[key] = i }
        }
        self.index = index
        self.lowercasedIndex = lowercased
    }

    /// The entry stored under `name`; when no exact match exists, a case-insensitive one
    /// (some writers disagree with their own relationships on case). A leading `/` is ignored.
    public func entry(named name: String) -> ZipEntry? {
        let key = name.hasPrefix("/") ? String(name.dropFirst()) : name
        if let i = index[key] { return entries[i] }
        if let i = lowercasedIndex[key.lowercased()] { return entries[i] }
        return nil
    }

    func corrupt(_ entry: String?, _ what: String) -> SpreadsheetError {
        let place = entry.map { Texts.current("sheet.zip.entry-place", ["entry": $0]) } ?? ""
        return SpreadsheetError(.corruptZip, file: path,
                                Texts.current("sheet.zip.damaged-entry", ["place": "\(place)", "what": "\(what)"]))
    }
}

/// Reads the end-of-central-directory record, the ZIP64 records and the central directory.
struct ZipDirectoryParser {
    let file: RandomAccessFile
    let limits: ReadLimits

    private func corrupt(_ what: String) -> SpreadsheetError {
        SpreadsheetError(.corruptZip, file: file.path,
                         Texts.current("sheet.zip.damaged", ["what": "\(what)"]))
    }

    func parse() throws -> [ZipEntry] {
        let (count, directorySize, directoryOffset, directoryEnd) = try locateDirectory()
        guard count <= limits.maxEntries else {
            throw SpreadsheetError(.limitExceeded, file: file.path,
                                   Texts.current("sheet.zip.entries", ["count": "\(count)", "limit": "\(limits.maxEntries)"]))
        }
        guard directoryOffset >= 0, directorySize >= 0, directoryOffset <= directoryEnd,
              directorySize <= directoryEnd - directoryOffset,
              let directory = try file.bytes(at: directoryOffset, count: directorySize) else {
            throw corrupt(Texts.current("sheet.zip.directory-outside"))
        }
        var entries: [ZipEntry] = []
        var reader = ByteReader(directory)
        for _ in 0..<count {
            entries.append(try readEntry(&reader))
        }
        try checkLocalHeaders(&entries, directoryOffset: directoryOffset)
        return entries
    }

    /// Returns (entry count, directory size, directory offset, where the directory must end).
    private func locateDirectory() throws -> (Int, Int, Int, Int) {
        guard file.size >= 22 else { throw corrupt(Texts.current("sheet.zip.too-short")) }
        let tailLength = min(file.size, 22 + 65_535)
        let tailStart = file.size - tailLength
        guard let tail = try file.bytes(at: tailStart, count: tailLength) else { throw corrupt(Texts.current("sheet.zip.end-unreadable")) }
        var eocd = -1
        var i = tailLength - 22
        while i >= 0 {
            if tail[i] == 0x50, tail[i + 1] == 0x4B, tail[i + 2] == 0x05, tail[i + 3] == 0x06 {
                let commentLength = Int(tail[i + 20]) | Int(tail[i + 21]) << 8
                if i + 22 + commentLength <= tailLength { eocd = i; break }
            }
            i -= 1
        }
        guard eocd >= 0 else { throw corrupt(Texts.current("sheet.zip.no-eocd")) }
        var r = ByteReader(Array(tail[(eocd + 4)...]))
        let disk = r.u16(), directoryDisk = r.u16()
        _ = r.u16()
        var count = Int(r.u16())
        var size = Int(r.u32())
        var offset = Int(r.u32())
        var directoryEnd = tailStart + eocd
        guard disk == 0 || disk == 0xFFFF, directoryDisk == 0 || directoryDisk == 0xFFFF else {
            throw corrupt(Texts.current("sheet.zip.multi-disk"))
        }
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            // ZIP64: a locator just before the classic record points at the ZIP64 record.
            let locatorStart = tailStart + eocd - 20
            if locatorStart >= 0, let locator = try file.bytes(at: locatorStart, count: 20),
               locator[0] == 0x50, locator[1] == 0x4B, locator[2] == 0x06, locator[3] == 0x07 {
                var l = ByteReader(Array(locator[8...]))
                let recordOffset = l.u64()
                guard recordOffset >= 0, recordOffset <= locatorStart - 56,
                      let record = try file.bytes(at: recordOffset, count: 56),
                      record[0] == 0x50, record[1] == 0x4B, record[2] == 0x06, record[3] == 0x06 else {
                    throw corrupt(Texts.current("sheet.zip.no-zip64-eocd"))
                }
                var z = ByteReader(Array(record[32...]))
                count = z.u64()
                size = z.u64()
                offset = z.u64()
                directoryEnd = recordOffset
            }
        }
        guard count >= 0, size >= 0, offset >= 0 else { throw corrupt(Texts.current("sheet.zip.directory-sizes")) }
        return (count, size, offset, directoryEnd)
    }

    private func readEntry(_ r: inout ByteReader) throws -> ZipEntry {
        guard r.remaining >= 46, r.u32() == 0x0201_4B50 else { throw corrupt(Texts.current("sheet.zip.record-damaged")) }
        r.skip(4)
        let flags = Int(r.u16())
        let method = Int(r.u16())
        r.skip(4)
        let crc = r.u32()
        var compressed = Int(r.u32())
        var uncompressed = Int(r.u32())
        let nameLength = Int(r.u16()), extraLength = Int(r.u16()), commentLength = Int(r.u16())
        r.skip(8)
        var localOffset = Int(r.u32())
        guard r.remaining >= nameLength + extraLength + commentLength else {
            throw corrupt(Texts.current("sheet.zip.record-past"))
        }
        let nameBytes = r.take(nameLength)
        // Some writers store Windows separators (`xl\\workbook.xml`); the package means `/`.
        let name = String(decoding: nameBytes.map { $0 == UInt8(ascii: "\\") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
        var extra = ByteReader(r.take(extraLength))
        r.skip(commentLength)
        // ZIP64 extended information: present fields follow the order of the 0xFFFFFFFF markers.
        while extra.remaining >= 4 {
            let tag = extra.u16(), length = Int(extra.u16())
            guard extra.remaining >= length else { break }
            var field = ByteReader(extra.take(length))
            if tag == 0x0001 {
                if uncompressed == 0xFFFF_FFFF, field.remaining >= 8 { uncompressed = field.u64() }
                if compressed == 0xFFFF_FFFF, field.remaining >= 8 { compressed = field.u64() }
                if localOffset == 0xFFFF_FFFF, field.remaining >= 8 { localOffset = field.u64() }
            }
        }
        guard compressed >= 0, uncompressed >= 0, localOffset >= 0 else {
            throw corrupt(Texts.current("sheet.zip.impossible-sizes", ["entry": "\(name)"]))
        }
        return ZipEntry(name: name, method: method, flags: flags, crc32: crc, compressedSize: compressed,
                        uncompressedSize: uncompressed, localHeaderOffset: localOffset, dataOffset: 0)
    }

    /// Reads each local header to find where the data starts, then refuses overlaps.
    private func checkLocalHeaders(_ entries: inout [ZipEntry], directoryOffset: Int) throws {
        for i in entries.indices {
            let entry = entries[i]
            guard let header = try file.bytes(at: entry.localHeaderOffset, count: 30),
                  header[0] == 0x50, header[1] == 0x4B, header[2] == 0x03, header[3] == 0x04 else {
                throw corrupt(Texts.current("sheet.zip.no-local-header", ["entry": "\(entry.name)"]))
            }
            let nameLength = Int(header[26]) | Int(header[27]) << 8
            let extraLength = Int(header[28]) | Int(header[29]) << 8
            let dataOffset = entry.localHeaderOffset + 30 + nameLength + extraLength
            guard entry.compressedSize <= directoryOffset, dataOffset <= directoryOffset - entry.compressedSize else {
                throw corrupt(Texts.current("sheet.zip.entry-past", ["entry": "\(entry.name)"]))
            }
            entries[i].dataOffset = dataOffset
        }
        let order = entries.indices.sorted { entries[$0].localHeaderOffset < entries[$1].localHeaderOffset }
        for (a, b) in zip(order, order.dropFirst()) where entries[a].dataOffset + entries[a].compressedSize > entries[b].localHeaderOffset {
            throw corrupt(Texts.current("sheet.zip.overlap", ["first": "\(entries[a].name)", "second": "\(entries[b].name)"]))
        }
    }
}

/// Little-endian reads over a byte array; reading past the end yields zeros (callers check `remaining`).
struct ByteReader {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var remaining: Int { bytes.count - position }

    mutating func skip(_ n: Int) { position = min(bytes.count, position + n) }

    mutating func take(_ n: Int) -> [UInt8] {
        let end = min(bytes.count, position + max(0, n))
        defer { position = end }
        return Array(bytes[position..<end])
    }

    mutating func u16() -> UInt16 {
        guard remaining >= 2 else { position = bytes.count; return 0 }
        defer { position += 2 }
        return UInt16(bytes[position]) | UInt16(bytes[position + 1]) << 8
    }

    mutating func u32() -> UInt32 {
        guard remaining >= 4 else { position = bytes.count; return 0 }
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[position + k]) << (8 * k) }
        position += 4
        return v
    }

    /// A 64-bit size; values that do not fit a non-negative Int come back as -1.
    mutating func u64() -> Int {
        guard remaining >= 8 else { position = bytes.count; return -1 }
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[position + k]) << (8 * k) }
        position += 8
        return v > UInt64(Int.max) ? -1 : Int(v)
    }
}
