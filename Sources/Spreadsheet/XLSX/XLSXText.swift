// XLSX text rules: `_xHHHH_` escapes and calamine-compatible trimming of `<t>` without xml:space.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

enum XLSXText {
    /// Trims leading and trailing ASCII whitespace (space, tab, CR, LF), as Excel's readers do
    /// for a `<t>` that does not say `xml:space="preserve"`.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// `string(_:)` on borrowed bytes; finds `_` with memchr, so plain text costs one scan and the decoding.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return "" }
        guard memchr(base, Int32(UInt8(ascii: "_")), bytes.count) != nil else { return String(decoding: bytes, as: UTF8.self) }
        return string(Array(bytes)[...])
    }

    /// Decodes UTF-8 bytes into a String, turning `_xHHHH_` (a UTF-16 code unit, surrogate pairs
    /// as two escapes) into the character it names. Fast path when there is no `_x`.
    static func string(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "_")) else { return String(decoding: bytes, as: UTF8.self) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        var plain: [UInt8] = []
        func flushPlain() {
            if !plain.isEmpty { units.append(contentsOf: String(decoding: plain, as: UTF8.self).utf16); plain.removeAll() }
        }
        while i < bytes.endIndex {
            if bytes[i] == UInt8(ascii: "_"), let unit = escape(bytes, at: i) {
                flushPlain()
                units.append(unit)
                i += 7
            } else {
                plain.append(bytes[i])
                i += 1
            }
        }
        flushPlain()
        return String(decoding: units, as: UTF16.self)
    }

    /// The code unit of `_xHHHH_` starting at `i`, if the bytes there are one.
    private static func escape(_ bytes: ArraySlice<UInt8>, at i: Int) -> UInt16? {
        guard i + 6 < bytes.endIndex, bytes[i + 1] == UInt8(ascii: "x"), bytes[i + 6] == UInt8(ascii: "_") else { return nil }
        var value: UInt16 = 0
        for k in 2...5 {
            guard let digit = hexValue(bytes[i + k]) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
