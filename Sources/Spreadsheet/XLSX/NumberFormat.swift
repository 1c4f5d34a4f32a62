// Whether a cell's number format shows a date/time, an elapsed duration, or a plain number.

/// How a number in a cell is meant, as told by its number format.
public enum NumberFormatKind: Sendable, Equatable {
    case number
    /// Dates, times and date-times (`dd/mm/yyyy`, `h:mm`...).
    case dateTime
    /// Elapsed time (`[h]:mm`, `[mm]:ss`, built-in 46).
    case duration

    /// Built-in format ids (ECMA-376 Part 1, 18.8.30): 14-22, 45 and 47 are dates or times,
    /// 46 is `[h]:mm:ss`. 27-36 and 50-58 are the East-Asian formats, whose code is never
    /// written in `styles.xml` and depends on the language of the application: in each of the
    /// standard's four lists (zh-tw, zh-cn, ja-jp, ko-kr) every one of them is a date or a time
    /// of day, none a date-time nor a number. 32-33 are times everywhere; 34-35, 52-53, 55-56
    /// are times in Chinese (`上午/下午 h"时"mm"分"`) but dates in Japanese and Korean
    /// (`yyyy"年"m"月"`, `yyyy-mm-dd`); the rest are dates (`[$-404]e/m/d`, `m"月"d"日"`...).
    /// As with 14-22, the serial decides between date, time and date-time (`ExcelSerial`),
    /// so the language need not be known. An explicit `<numFmt>` with the same id wins.
    public init(builtinID id: Int) {
        switch id {
        case 14...22, 27...36, 45, 47, 50...58: self = .dateTime
        case 46: self = .duration
        default: self = .number
        }
    }

    /// Reads a custom format code left to right, in its first section only: quoted text,
    /// escaped characters (`\x`, `_x`, `*x`) and bracketed colours, conditions and locales
    /// are ignored; `[h]`, `[mm]`, `[ss]` make a duration; d, m, y, h, s or AM/PM make a date.
    public init(code: String) {
        let chars = Array(code.utf8)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                i += 2
                continue
            case UInt8(ascii: "\""):
                i += 1
                while i < chars.count, chars[i] != UInt8(ascii: "\"") { i += 1 }
            case UInt8(ascii: ";"):
                self = .number
                return
            case UInt8(ascii: "["):
                var j = i + 1
                while j < chars.count, chars[j] != UInt8(ascii: "]") { j += 1 }
                if NumberFormatKind.isElapsed(chars[(i + 1)..<min(j, chars.count)]) {
                    self = .duration
                    return
                }
                i = j
            default:
                switch c | 0x20 {  // ASCII lower case
                case UInt8(ascii: "d"), UInt8(ascii: "m"), UInt8(ascii: "y"), UInt8(ascii: "h"), UInt8(ascii: "s"):
                    self = .dateTime
                    return
                case UInt8(ascii: "a"):
                    if i + 1 < chars.count, chars[i + 1] | 0x20 == UInt8(ascii: "m") || chars[i + 1] == UInt8(ascii: "/") {
                        self = .dateTime
                        return
                    }
                default: break
                }
            }
            i += 1
        }
        self = .number
    }

    /// `h`, `hh`, `mm`, `ss`... one letter repeated: an elapsed-time bracket.
    private static func isElapsed(_ inside: ArraySlice<UInt8>) -> Bool {
        guard let first = inside.first.map({ $0 | 0x20 }),
              first == UInt8(ascii: "h") || first == UInt8(ascii: "m") || first == UInt8(ascii: "s") else { return false }
        return inside.allSatisfy { $0 | 0x20 == first }
    }
}
