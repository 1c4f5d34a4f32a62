// Parsing A1 references and small integers straight from bytes, without building Strings.

public enum CellAddress {
    /// The 0-based column of an A1 reference (`B7` -> 1, `$AA$3` -> 26), or nil without letters.
    public static func column(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0
        var letters = 0
        for b in bytes {
            if b == UInt8(ascii: "$") { continue }
            let upper = b & 0xDF
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A")) + 1
            letters += 1
            if letters > 7 { return Int.max / 2 }
        }
        return letters == 0 ? nil : column - 1
    }

    /// The 1-based row of an A1 reference (`B7` -> 7), or nil without digits.
    public static func row(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        while i < bytes.count, bytes[i] == UInt8(ascii: "$") || (bytes[i] & 0xDF >= 65 && bytes[i] & 0xDF <= 90) { i += 1 }
        return integer(UnsafeBufferPointer(rebasing: bytes[i...]))
    }

    /// A non-negative decimal integer (leading `$` and surrounding spaces ignored); nil otherwise or when huge.
    public static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0
        var digits = 0
        for b in bytes {
            if b == UInt8(ascii: "$") || b == 0x20 { continue }
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
            digits += 1
            if digits > 15 { return nil }
        }
        return digits == 0 ? nil : value
    }

    /// A range `A1:C3` (or a single cell `B2`) as a merged region.
    public static func region(_ bytes: UnsafeBufferPointer<UInt8>) -> MergedRegion? {
        let colon = bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.count
        let first = UnsafeBufferPointer(rebasing: bytes[..<colon])
        let last = colon < bytes.count ? UnsafeBufferPointer(rebasing: bytes[(colon + 1)...]) : first
        guard let c1 = column(first), let r1 = row(first), let c2 = column(last), let r2 = row(last) else { return nil }
        return MergedRegion(firstRow: min(r1, r2), firstColumn: min(c1, c2), lastRow: max(r1, r2), lastColumn: max(c1, c2))
    }
}
