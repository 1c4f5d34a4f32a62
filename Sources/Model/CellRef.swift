// A cell's place as a person reads it (`C17`): printed and parsed here only.

/// A cell of a sheet: 1-based row (the sheet's own number) and 0-based column (A = 0).
public struct CellRef: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `C17`, `$AA$3` or `c17`; nil without letters or digits, or for anything else.
    public init?(_ text: String) {
        var column = 0, row = 0, letters = 0, digits = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 36 { continue }  // `$` of an absolute reference
            if digits == 0, let letter = Self.letterValue(v) {
                guard letters < 7 else { return nil }
                column = column * 26 + letter
                letters += 1
            } else if v >= 48, v <= 57, letters > 0, digits < 9 {
                row = row * 10 + Int(v - 48)
                digits += 1
            } else {
                return nil
            }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        self.init(row: row, column: column - 1)
    }

    /// `0 -> "A"`, `25 -> "Z"`, `26 -> "AA"`.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `C17`.
    public var description: String { Self.columnName(column) + String(row) }

    /// Row first, then column: the order a person reads a sheet in.
    public static func < (a: CellRef, b: CellRef) -> Bool { (a.row, a.column) < (b.row, b.column) }

    private static func letterValue(_ v: UInt32) -> Int? {
        if v >= 65, v <= 90 { return Int(v - 64) }
        if v >= 97, v <= 122 { return Int(v - 96) }
        return nil
    }
}
