// Turns UTF-16 text (Excel's "Unicode text" export) into UTF-8, chunk by chunk, for the tokenizer.

/// Streaming UTF-16 to UTF-8: a byte or a high surrogate left over at the end of one chunk is
/// completed by the next. Unpaired surrogates become U+FFFD, so no input is refused.
struct CSVUTF16Transcoder {
    let bigEndian: Bool
    private var pendingByte: UInt8?
    private var pendingHigh: UInt16?

    init(bigEndian: Bool) { self.bigEndian = bigEndian }

    mutating func transcode(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var index = 0
        if let first = pendingByte, let second = bytes.first {
            pendingByte = nil
            unit(bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first), &out)
            index = 1
        }
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            unit(bigEndian ? a << 8 | b : b << 8 | a, &out)
            index += 2
        }
        if index < bytes.count { pendingByte = bytes[index] }
    }

    /// Flushes what the input left unfinished.
    mutating func finish(into out: inout [UInt8]) {
        if pendingHigh != nil || pendingByte != nil { append(0xFFFD, &out) }
        pendingHigh = nil
        pendingByte = nil
    }

    private mutating func unit(_ unit: UInt16, _ out: inout [UInt8]) {
        if let high = pendingHigh {
            pendingHigh = nil
            if (0xDC00...0xDFFF).contains(unit) {
                append(0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00), &out)
                return
            }
            append(0xFFFD, &out)
        }
        switch unit {
        case 0xD800...0xDBFF: pendingHigh = unit
        case 0xDC00...0xDFFF: append(0xFFFD, &out)
        default: append(UInt32(unit), &out)
        }
    }

    private func append(_ value: UInt32, _ out: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        out.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [0xEF, 0xBF, 0xBD])
    }
}
