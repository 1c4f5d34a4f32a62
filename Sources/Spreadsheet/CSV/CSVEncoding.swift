// Which character encoding a CSV file is written in, and how its field bytes become text.

/// The encodings a site's CSV export comes in: Excel and LibreOffice write UTF-8 (often with a
/// byte-order mark) or, on older Windows set-ups, Windows-1252; Excel's "Unicode text" is UTF-16
/// with a byte-order mark.
public enum CSVEncoding: String, Sendable {
    case utf8
    case windows1252
    case utf16LittleEndian
    case utf16BigEndian

    var isUTF16: Bool { self == .utf16LittleEndian || self == .utf16BigEndian }

    /// Decodes one field. Invalid UTF-8 (only possible after a byte-order mark) becomes U+FFFD.
    /// UTF-16 files reach the tokenizer already transcoded to UTF-8.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        switch self {
        case .utf8, .utf16LittleEndian, .utf16BigEndian:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1252:
            if !bytes.contains(where: { $0 >= 0x80 }) {
                return String(decoding: bytes, as: UTF8.self)
            }
            var text = String.UnicodeScalarView()
            for byte in bytes {
                text.append(CSVEncoding.windows1252Scalar(byte))
            }
            return String(text)
        }
    }

    /// The 0x80–0x9F block differs from Latin-1; the five unassigned bytes keep their C1 code
    /// point, as the WHATWG encoding standard does, so no byte is lost.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard byte >= 0x80, byte < 0xA0 else { return Unicode.Scalar(byte) }
        let value = windows1252High[Int(byte - 0x80)]
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}

/// Checks UTF-8 well-formedness (Unicode table 3-7: no overlongs, no surrogates, nothing past
/// U+10FFFF) across chunk boundaries, so a file can be checked without holding it.
struct CSVUTF8Validator {
    /// Continuation bytes still expected by the current sequence.
    private var pending = 0
    /// Allowed range of the next continuation byte (narrower right after some lead bytes).
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF
    private(set) var isValid = true
    private(set) var sawNonASCII = false

    /// True at the end of input when nothing is left half-finished.
    var isComplete: Bool { isValid && pending == 0 }

    mutating func consume(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard isValid else { return }
        for byte in bytes {
            if pending > 0 {
                guard byte >= low, byte <= high else { isValid = false; return }
                pending -= 1
                low = 0x80
                high = 0xBF
                continue
            }
            if byte < 0x80 { continue }
            sawNonASCII = true
            switch byte {
            case 0xC2...0xDF: pending = 1
            case 0xE0: pending = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: pending = 2
            case 0xED: pending = 2; high = 0x9F
            case 0xF0: pending = 3; low = 0x90
            case 0xF1...0xF3: pending = 3
            case 0xF4: pending = 3; high = 0x8F
            default: isValid = false; return
            }
        }
    }
}
