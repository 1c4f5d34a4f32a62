// A growable byte buffer for the text a handler captures, without Array's per-call overhead.

/// Bytes captured between tags, kept NUL-terminated so that C parsers (`strtod`) read them in
/// place. Array's `append(contentsOf:)` and `removeAll(keepingCapacity:)` cost a uniqueness
/// check, a retain and a generic copy on every event of the hot path; this is a pointer and two
/// integers. The owner calls `free()` once (in its deinit): the struct does not own itself.
struct TextBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity + 1)
        base[0] = 0
    }

    func free() { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    mutating func removeAll() {
        count = 0
        base[0] = 0
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
        base[count] = 0
    }

    /// Drops the bytes after `newCount`.
    @inline(__always)
    mutating func truncate(to newCount: Int) {
        count = min(max(newCount, 0), count)
        base[count] = 0
    }

    /// Trims ASCII whitespace (space, tab, CR, LF) around the bytes from `start` to the end, in
    /// place: the `<t>` rule of `XLSXText.trimmed` applied to the last run appended.
    mutating func trimTail(from start: Int) {
        var first = start, end = count
        while first < end, XLSXText.isSpace(base[first]) { first += 1 }
        while end > first, XLSXText.isSpace(base[end - 1]) { end -= 1 }
        if first > start { (base + start).update(from: base + first, count: end - first) }
        count = start + (end - first)
        base[count] = 0
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity + 1)
        newBase.update(from: base, count: count + 1)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
