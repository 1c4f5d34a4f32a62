// Inflates content.xml forward and keeps its place between sheets, so sheets read in order cost one pass.

import CZlib
import Texts

/// A forward-only reader of one ZIP entry that survives between calls. Reading the sheets in
/// order inflates `content.xml` once in all, instead of once per sheet up to that sheet (which
/// is quadratic: 20,000 small tables would take minutes). The last two chunks stay available, as
/// the XML parser may report a table's end while holding the start of the next one; an earlier
/// offset starts over from the top. The entry was inflated whole, with every size, ratio and
/// CRC-32 check, when the workbook was opened; this pass checks sizes again and counts what it
/// inflates against `maxTotalInflatedSize`, so random access cannot loop forever either.
final class ODSContentCursor {
    private let archive: ZipArchive
    private let entry: ZipEntry
    private let chunkSize: Int
    private let stream: UnsafeMutablePointer<z_stream>
    private var streamActive = false
    private let input: UnsafeMutableRawBufferPointer
    /// Two output buffers used in turn: the chunk before the current one stays readable.
    private let outputs: [UnsafeMutableRawBufferPointer]
    private var compressedRead = 0
    private var produced = 0
    private var ended = false
    private var inflatedInAll = 0
    /// The chunks still in the buffers: their offset in the part, length and buffer.
    private var kept: [(start: Int, count: Int, buffer: Int)] = []

    init(archive: ZipArchive, entry: ZipEntry, chunkSize: Int) {
        self.archive = archive
        self.entry = entry
        self.chunkSize = chunkSize
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        input = .allocate(byteCount: chunkSize, alignment: 16)
        outputs = [.allocate(byteCount: chunkSize, alignment: 16), .allocate(byteCount: chunkSize, alignment: 16)]
    }

    deinit {
        if streamActive { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        input.deallocate()
        outputs.forEach { $0.deallocate() }
    }

    /// Hands `body` the part's bytes from `offset` on, chunk by chunk, until the part ends or
    /// `body` throws (which is how a sheet's reader stops once its table is done).
    func read(from offset: Int, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        if offset < (kept.first?.start ?? produced) { try restart() }
        for chunk in kept where chunk.start + chunk.count > offset {
            try body(bytes(chunk, from: offset))
        }
        while let chunk = try nextChunk() {
            if chunk.start + chunk.count > offset { try body(bytes(chunk, from: offset)) }
        }
    }

    private func bytes(_ chunk: (start: Int, count: Int, buffer: Int), from offset: Int) -> UnsafeRawBufferPointer {
        let skip = max(0, offset - chunk.start)
        return UnsafeRawBufferPointer(rebasing: outputs[chunk.buffer][skip..<chunk.count])
    }

    private func restart() throws {
        if streamActive { inflateEnd(stream) }
        streamActive = false
        stream.pointee = z_stream()
        compressedRead = 0
        produced = 0
        ended = false
        kept = []
    }

    /// Inflates (or, for a stored entry, reads) the next chunk into the buffer not holding the
    /// latest one; nil at the end of the part.
    private func nextChunk() throws -> (start: Int, count: Int, buffer: Int)? {
        guard !ended else { return nil }
        let target = kept.last.map { 1 - $0.buffer } ?? 0
        let output = outputs[target]
        var count = 0
        if entry.method == 0 {
            let want = min(chunkSize, entry.compressedSize - compressedRead)
            if want > 0 {
                count = try archive.file.read(at: entry.dataOffset + compressedRead,
                                              into: UnsafeMutableRawBufferPointer(rebasing: output[0..<want]))
                guard count == want else { throw corrupt(Texts.current("sheet.zip.cut")) }
                compressedRead += count
            }
            if compressedRead >= entry.compressedSize { ended = true }
        } else {
            count = try inflateChunk(into: output)
        }
        guard count > 0 else { return nil }
        produced += count
        inflatedInAll += count
        guard produced <= entry.uncompressedSize else { throw corrupt(Texts.current("sheet.zip.inflates-more-declared")) }
        if inflatedInAll > archive.limits.maxTotalInflatedSize {
            throw SpreadsheetError(.limitExceeded, file: archive.path,
                                   Texts.current("sheet.ods.content-past", ["limit": "\(archive.limits.maxTotalInflatedSize)"]))
        }
        let chunk = (start: produced - count, count: count, buffer: target)
        kept.append(chunk)
        if kept.count > 2 { kept.removeFirst() }
        return chunk
    }

    private func inflateChunk(into output: UnsafeMutableRawBufferPointer) throws -> Int {
        if !streamActive {
            guard inflateInit2_(stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw corrupt(Texts.current("sheet.zip.zlib"))
            }
            streamActive = true
        }
        guard let inBase = input.baseAddress?.assumingMemoryBound(to: Bytef.self),
              let outBase = output.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return 0 }
        stream.pointee.next_out = outBase
        stream.pointee.avail_out = uInt(output.count)
        while stream.pointee.avail_out > 0, !ended {
            if stream.pointee.avail_in == 0 {
                let want = min(chunkSize, entry.compressedSize - compressedRead)
                guard want > 0 else { throw corrupt(Texts.current("sheet.zip.ends-early")) }
                let n = try archive.file.read(at: entry.dataOffset + compressedRead,
                                              into: UnsafeMutableRawBufferPointer(rebasing: input[0..<want]))
                guard n == want else { throw corrupt(Texts.current("sheet.zip.cut")) }
                compressedRead += n
                stream.pointee.next_in = inBase
                stream.pointee.avail_in = uInt(n)
            }
            switch inflate(stream, Z_NO_FLUSH) {
            case Z_STREAM_END: ended = true
            case Z_OK, Z_BUF_ERROR: break
            default: throw corrupt(Texts.current("sheet.zip.invalid"))
            }
        }
        return output.count - Int(stream.pointee.avail_out)
    }

    private func corrupt(_ what: String) -> SpreadsheetError {
        SpreadsheetError(.corruptZip, file: archive.path,
                         Texts.current("sheet.ods.zip-damaged", ["entry": "\(entry.name)", "what": "\(what)"]))
    }
}
