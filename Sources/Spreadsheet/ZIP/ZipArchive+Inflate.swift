// Streaming reads of ZIP entries: stored or raw deflate through zlib, with size, ratio and CRC checks.

import CZlib
import Texts

extension ZipArchive {
    /// Streams the inflated bytes of `entry` to `body`, in chunks of at most `chunkSize` bytes,
    /// without ever holding the whole entry. The buffer passed to `body` is only valid during the call.
    ///
    /// Throws `.limitExceeded` when the entry grows past `limits.maxEntrySize`, when the
    /// archive's total passes `limits.maxTotalInflatedSize` or when the compression ratio
    /// passes `limits.maxCompressionRatio` (zip bombs); `.corruptZip` when the data is damaged,
    /// longer or shorter than declared, or fails its CRC-32; `.encrypted` for ZIP encryption.
    /// Errors thrown by `body` propagate unchanged.
    public func read(_ entry: ZipEntry, chunkSize: Int = 1 << 16, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        if entry.isEncrypted {
            throw SpreadsheetError(.encrypted, file: path,
                                   Texts.current("sheet.zip.encrypted-entry", ["entry": "\(entry.name)"]))
        }
        try checkDeclaredSize(entry)
        switch entry.method {
        case 0: try readStored(entry, chunkSize: max(chunkSize, 512), body)
        case 8: try readDeflated(entry, chunkSize: max(chunkSize, 512), body)
        default:
            throw corrupt(entry.name, Texts.current("sheet.zip.method", ["method": "\(entry.method)"]))
        }
    }

    /// The whole inflated entry, for small parts (workbook, relationships, styles).
    public func contents(of entry: ZipEntry) throws -> [UInt8] {
        var result: [UInt8] = []
        try read(entry) { result.append(contentsOf: $0) }
        return result
    }

    /// The whole inflated entry named `name`, or `nil` when the archive has no such entry.
    public func contents(ofEntryNamed name: String) throws -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        return try contents(of: entry)
    }

    private func limit(_ entry: ZipEntry, _ what: String) -> SpreadsheetError {
        SpreadsheetError(.limitExceeded, file: path,
                         Texts.current("sheet.zip.bomb", ["entry": "\(entry.name)", "what": "\(what)"]))
    }

    private func checkDeclaredSize(_ entry: ZipEntry) throws {
        if entry.uncompressedSize > limits.maxEntrySize {
            throw limit(entry, Texts.current("sheet.zip.declares-size", ["size": "\(entry.uncompressedSize)", "limit": "\(limits.maxEntrySize)"]))
        }
        if entry.uncompressedSize > limits.compressionRatioThreshold,
           entry.uncompressedSize / max(entry.compressedSize, 1) > limits.maxCompressionRatio {
            throw limit(entry, Texts.current("sheet.zip.declares-ratio", ["limit": "\(limits.maxCompressionRatio)"]))
        }
    }

    /// Counts `produced` more bytes against every cap; `consumed` is compressed input used so far.
    private func account(_ entry: ZipEntry, produced: Int, total: Int, consumed: Int) throws {
        totalInflated += produced
        if total > entry.uncompressedSize {
            throw corrupt(entry.name, Texts.current("sheet.zip.inflates-more", ["size": "\(entry.uncompressedSize)"]))
        }
        if total > limits.maxEntrySize {
            throw limit(entry, Texts.current("sheet.zip.inflates-past", ["limit": "\(limits.maxEntrySize)"]))
        }
        if totalInflated > limits.maxTotalInflatedSize {
            throw limit(entry, Texts.current("sheet.zip.archive-past", ["limit": "\(limits.maxTotalInflatedSize)"]))
        }
        if total > limits.compressionRatioThreshold, total / max(consumed, 1) > limits.maxCompressionRatio {
            throw limit(entry, Texts.current("sheet.zip.ratio", ["limit": "\(limits.maxCompressionRatio)"]))
        }
    }

    private func readStored(_ entry: ZipEntry, chunkSize: Int, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard entry.compressedSize == entry.uncompressedSize else {
            throw corrupt(entry.name, Texts.current("sheet.zip.two-sizes"))
        }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var crc = crc32(0, nil, 0)
        var done = 0
        while done < entry.compressedSize {
            let want = min(chunkSize, entry.compressedSize - done)
            let n = try file.read(at: entry.dataOffset + done, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<want]))
            guard n == want else { throw corrupt(entry.name, Texts.current("sheet.zip.cut-truncated")) }
            done += n
            try account(entry, produced: n, total: done, consumed: done)
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<n])
            crc = crc32(crc, chunk.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(n))
            try body(chunk)
        }
        guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else { throw corrupt(entry.name, Texts.current("sheet.zip.crc")) }
    }

    private func readDeflated(_ entry: ZipEntry, chunkSize: Int, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        // zlib keeps a pointer to its z_stream: it must not move, so it lives on the heap.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deinitialize(count: 1); stream.deallocate() }
        guard inflateInit2_(stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw corrupt(entry.name, Texts.current("sheet.zip.zlib"))
        }
        defer { inflateEnd(stream) }
        let input = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { input.deallocate(); output.deallocate() }
        guard let inBase = input.baseAddress?.assumingMemoryBound(to: Bytef.self),
              let outBase = output.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return }

        var crc = crc32(0, nil, 0)
        var readIn = 0, total = 0
        var finished = false
        while !finished {
            if stream.pointee.avail_in == 0 {
                let want = min(chunkSize, entry.compressedSize - readIn)
                guard want > 0 else { throw corrupt(entry.name, Texts.current("sheet.zip.ends-early-truncated")) }
                let n = try file.read(at: entry.dataOffset + readIn, into: UnsafeMutableRawBufferPointer(rebasing: input[0..<want]))
                guard n == want else { throw corrupt(entry.name, Texts.current("sheet.zip.cut-truncated")) }
                readIn += n
                stream.pointee.next_in = inBase
                stream.pointee.avail_in = uInt(n)
            }
            stream.pointee.next_out = outBase
            stream.pointee.avail_out = uInt(chunkSize)
            let status = inflate(stream, Z_NO_FLUSH)
            switch status {
            case Z_STREAM_END: finished = true
            case Z_OK, Z_BUF_ERROR: break
            default: throw corrupt(entry.name, Texts.current("sheet.zip.invalid"))
            }
            let produced = chunkSize - Int(stream.pointee.avail_out)
            guard produced > 0 else { continue }
            total += produced
            try account(entry, produced: produced, total: total, consumed: readIn - Int(stream.pointee.avail_in))
            crc = crc32(crc, outBase, uInt(produced))
            try body(UnsafeRawBufferPointer(rebasing: output[0..<produced]))
        }
        guard total == entry.uncompressedSize else {
            throw corrupt(entry.name, Texts.current("sheet.zip.inflates-to", ["total": "\(total)", "size": "\(entry.uncompressedSize)"]))
        }
        guard UInt32(truncatingIfNeeded: crc) == entry.crc32 else { throw corrupt(entry.name, Texts.current("sheet.zip.crc")) }
    }
}
