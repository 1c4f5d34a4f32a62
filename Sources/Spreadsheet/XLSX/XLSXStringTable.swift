// The shared string table kept compact: strings compressed one by one into large pages, a String made only when a cell asks.

/// Shared strings as packed bytes. A Swift String per entry costs a heap object (header,
/// malloc rounding) and an array slot on top of its bytes, about twice the text; here an entry
/// costs 8 bytes plus its text, compressed by a symbol table trained on the first strings
/// (`XLSXSymbolTable`, typically to half). Pages are never reallocated, so growing the table
/// never holds two copies of it (a doubling array would, at the worst moment: the peak).
/// Not thread-safe: decoding goes through one scratch buffer.
final class XLSXStringTable {
    /// Bytes per ordinary page. A page is malloc'ed whole but only the touched part is resident.
    private static let pageSize = 1 << 20
    /// Strings this long or longer get a page of their own, uncompressed.
    private static let ownPageThreshold = 1 << 16
    /// Raw bytes kept before the symbol table is trained on them.
    private static let sampleSize = 1 << 16
    /// An entry: page index << 40 | offset << 20 | compressed flag << 19 | stored length.
    private static let lengthMask: UInt64 = 0x7FFFF
    private static let compressedFlag: UInt64 = 1 << 19
    /// A stored length of `wholePage` means "the whole page" (strings with their own page).
    private static let wholePage: UInt64 = 0x7FFFF
    /// The entry of an empty string (it has no page).
    private static let empty = UInt64.max

    private var pages: [UnsafeMutableRawBufferPointer] = []
    private var entries: [UInt64] = []
    /// The ordinary page being filled (-1 before the first), and the bytes used in it.
    private var currentPage = -1
    private var used = 0
    private var symbolTable: XLSXSymbolTable?
    private var sampled = 0
    /// Scratch space for encoding (input padded, output) and decoding.
    private var scratch = UnsafeMutableRawPointer.allocate(byteCount: 1024, alignment: 8)
    private var scratchSize = 1024

    var count: Int { entries.count }

    /// Bytes held for the strings' text (pages' used parts), for tests and measurements.
    private(set) var storedBytes = 0

    deinit {
        for page in pages { page.deallocate() }
        scratch.deallocate()
    }

    private func reserveScratch(_ size: Int) {
        guard size > scratchSize else { return }
        scratch.deallocate()
        scratchSize = max(size, scratchSize * 2)
        scratch = UnsafeMutableRawPointer.allocate(byteCount: scratchSize, alignment: 8)
    }

    /// Appends one string given as UTF-8 bytes (not validated here: decoding repairs them).
    func append(_ bytes: UnsafeRawBufferPointer) {
        let length = bytes.count
        guard length > 0, let source = bytes.baseAddress else {
            entries.append(XLSXStringTable.empty)
            return
        }
        if length >= XLSXStringTable.ownPageThreshold {
            let page = UnsafeMutableRawBufferPointer.allocate(byteCount: length, alignment: 1)
            page.copyMemory(from: bytes)
            pages.append(page)
            storedBytes += length
            entries.append(UInt64(pages.count - 1) << 40 | XLSXStringTable.wholePage)
            return
        }
        guard let symbolTable else {
            store(source, length, compressed: false)
            sampled += length
            if sampled >= XLSXStringTable.sampleSize { train() }
            return
        }
        // Input padded with 8 zero bytes at the start of the scratch, output after it.
        reserveScratch(3 * length + 16)
        scratch.copyMemory(from: source, byteCount: length)
        (scratch + length).storeBytes(of: UInt64(0), as: UInt64.self)
        let output = (scratch + length + 8).assumingMemoryBound(to: UInt8.self)
        let encoded = symbolTable.encode(UnsafeRawPointer(scratch), count: length, into: output)
        if encoded < length {
            store(UnsafeRawPointer(output), encoded, compressed: true)
        } else {
            store(source, length, compressed: false)
        }
    }

    private func store(_ source: UnsafeRawPointer, _ length: Int, compressed: Bool) {
        if currentPage < 0 || length > XLSXStringTable.pageSize - used {
            pages.append(UnsafeMutableRawBufferPointer.allocate(byteCount: XLSXStringTable.pageSize, alignment: 1))
            currentPage = pages.count - 1
            used = 0
        }
        if let base = pages[currentPage].baseAddress {
            (base + used).copyMemory(from: source, byteCount: length)
        }
        entries.append(UInt64(currentPage) << 40 | UInt64(used) << 20 | (compressed ? XLSXStringTable.compressedFlag : 0) | UInt64(length))
        used += length
        storedBytes += length
    }

    /// Trains the symbol table on the strings stored so far (all raw, all in ordinary pages).
    private func train() {
        var padded: [UnsafeMutableRawPointer] = []
        var sample: [(padded: UnsafeRawPointer, count: Int)] = []
        for index in entries.indices where entries[index] != XLSXStringTable.empty {
            let stored = storedBytes(at: index)
            guard stored.count < XLSXStringTable.ownPageThreshold, let base = stored.baseAddress else { continue }
            let copy = UnsafeMutableRawPointer.allocate(byteCount: stored.count + 8, alignment: 8)
            copy.copyMemory(from: base, byteCount: stored.count)
            (copy + stored.count).storeBytes(of: UInt64(0), as: UInt64.self)
            padded.append(copy)
            sample.append((UnsafeRawPointer(copy), stored.count))
        }
        symbolTable = XLSXSymbolTable.train(sample)
        for copy in padded { copy.deallocate() }
    }

    /// The stored bytes of entry `index` (compressed or not).
    @inline(__always)
    private func storedBytes(at index: Int) -> UnsafeRawBufferPointer {
        let entry = entries[index]
        if entry == XLSXStringTable.empty { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let page = pages[Int(entry >> 40)]
        if entry & XLSXStringTable.lengthMask == XLSXStringTable.wholePage { return UnsafeRawBufferPointer(page) }
        let offset = Int((entry >> 20) & 0xFFFFF)
        return UnsafeRawBufferPointer(rebasing: page[offset..<(offset + Int(entry & XLSXStringTable.lengthMask))])
    }

    /// Entry `index` (below `count`) as a String, nil when it is empty.
    func string(at index: Int) -> String? {
        let entry = entries[index]
        if entry == XLSXStringTable.empty { return nil }
        let stored = storedBytes(at: index)
        guard entry & XLSXStringTable.compressedFlag != 0, entry & XLSXStringTable.lengthMask != XLSXStringTable.wholePage,
              let symbolTable else {
            return String(decoding: stored, as: UTF8.self)
        }
        reserveScratch(8 * stored.count + 8)
        let length = symbolTable.decode(stored, into: scratch)
        return String(decoding: UnsafeRawBufferPointer(start: scratch, count: length), as: UTF8.self)
    }
}
