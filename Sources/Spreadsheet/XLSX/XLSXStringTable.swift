// The shared string table kept compact: UTF-8 bytes in large pages, a String made only when a cell asks.

/// Shared strings as packed UTF-8. A Swift String per entry costs a heap object (header,
/// malloc rounding) and an array slot on top of its bytes, about twice the text; here an entry
/// costs its bytes plus 8. Pages are never reallocated, so growing the table never holds two
/// copies of it (a doubling array would, at the worst moment: the peak).
final class XLSXStringTable {
    /// Bytes per ordinary page. A page is malloc'ed whole but only the touched part is resident.
    private static let pageSize = 1 << 20
    /// Strings this long or longer get a page of their own.
    private static let ownPageThreshold = 1 << 16
    /// In an entry: page index << 40 | offset << 20 | length; a length of `wholePage` means
    /// "the whole page" (strings with their own page).
    private static let wholePage: UInt64 = 0xFFFFF
    /// The entry of an empty string (it has no page).
    private static let empty = UInt64.max

    private var pages: [UnsafeMutableRawBufferPointer] = []
    private var entries: [UInt64] = []
    /// The ordinary page being filled (-1 before the first), and the bytes used in it.
    private var currentPage = -1
    private var used = 0

    var count: Int { entries.count }

    deinit {
        for page in pages { page.deallocate() }
    }

    /// Appends one string given as UTF-8 bytes (not validated here: decoding repairs them).
    func append(_ bytes: UnsafeRawBufferPointer) {
        let length = bytes.count
        if length == 0 {
            entries.append(XLSXStringTable.empty)
            return
        }
        if length >= XLSXStringTable.ownPageThreshold {
            let page = UnsafeMutableRawBufferPointer.allocate(byteCount: length, alignment: 1)
            page.copyMemory(from: bytes)
            pages.append(page)
            entries.append(UInt64(pages.count - 1) << 40 | XLSXStringTable.wholePage)
            return
        }
        if currentPage < 0 || length > XLSXStringTable.pageSize - used {
            pages.append(UnsafeMutableRawBufferPointer.allocate(byteCount: XLSXStringTable.pageSize, alignment: 1))
            currentPage = pages.count - 1
            used = 0
        }
        if let source = bytes.baseAddress, let base = pages[currentPage].baseAddress {
            (base + used).copyMemory(from: source, byteCount: length)
        }
        entries.append(UInt64(currentPage) << 40 | UInt64(used) << 20 | UInt64(length))
        used += length
    }

    /// The bytes of entry `index`; `index` must be below `count`.
    @inline(__always)
    func bytes(at index: Int) -> UnsafeRawBufferPointer {
        let entry = entries[index]
        if entry == XLSXStringTable.empty { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let page = pages[Int(entry >> 40)]
        var length = Int(entry & XLSXStringTable.wholePage)
        if entry & XLSXStringTable.wholePage == XLSXStringTable.wholePage { length = page.count }
        let offset = Int((entry >> 20) & 0xFFFFF)
        return UnsafeRawBufferPointer(rebasing: page[offset..<(offset + length)])
    }

    /// A String of entry `index`; `index` must be below `count`.
    func string(at index: Int) -> String {
        String(decoding: bytes(at: index), as: UTF8.self)
    }
}
