// Reading a date from a cell: a real date, an Excel serial number, or French text, always day first.

import Mapping
import Model
import Spreadsheet

enum DateReading: Equatable {
    case date(CivilDate)
    /// Looks like a date but the day does not exist (31/02/2023), or cannot be read as a date.
    case impossible
    /// A month without a day ("mars 2023", "03/2023"): a value, but not a date.
    case monthOnly
}

enum DateValue {
    /// Excel's day 0 in the 1900 system, as days since 1970-01-01 (serials after 1900-02-28).
    static let excelEpochOffset = 25569

    static func read(_ value: CellValue) -> DateReading {
        switch value {
        case .date(let date), .dateTime(let date, _):
            return .date(date)
        case .number(let serial):
            return fromSerial(serial)
        case .string(let text):
            return read(text: text)
        default:
            return .impossible
        }
    }

    static func fromSerial(_ serial: Double) -> DateReading {
        guard serial >= 1, serial < 2_958_466, serial == serial.rounded(.down) else { return .impossible }
        return .date(CivilDate(daysSinceEpoch: Int(serial) - excelEpochOffset))
    }

    /// `05/03/2023`, `5/3/23`, `5.3.2023`, `2023-03-05`, `5 mars 2023`, `1er mars 2023`.
    static func read(text: String) -> DateReading {
        let normalized = Wording.normalize(text)
        var tokens = alphanumericTokens(normalized)
        // A time after the date ("05/03/2023 00:00") is dropped.
        if tokens.count > 3, tokens[3].allSatisfy(\.isNumber), !normalized.contains(" ") || normalized.contains(":") {
            tokens = Array(tokens.prefix(3))
        }
        if tokens.count == 1, tokens[0].count >= 4, tokens[0].count <= 5, let serial = Int(tokens[0]), serial > 1000 {
            return fromSerial(Double(serial))
        }
        if tokens.count == 2, tokens[1].count == 4, Int(tokens[1]) != nil,
           FrenchMonths.month(tokens[0]) != nil || (tokens[0].count <= 2 && (1...12).contains(Int(tokens[0]) ?? 0)) {
            return .monthOnly
        }
        guard tokens.count == 3 else { return .impossible }
        let day: Int?, month: Int?, year: Int?
        if tokens[0].count == 4, let y = Int(tokens[0]) {
            year = y; month = Int(tokens[1]); day = Int(tokens[2])
        } else {
            var first = tokens[0]
            if first.hasSuffix("er") { first = first.dropLast(2) }  // "1er mars"
            day = Int(first)
            month = Int(tokens[1]) ?? FrenchMonths.month(tokens[1])
            year = Int(tokens[2]).map { tokens[2].count <= 2 ? expandYear($0) : $0 }
        }
        guard let day, let month, let year, let date = CivilDate(validYear: year, month: month, day: day) else {
            return .impossible
        }
        return .date(date)
    }

    /// Two-digit years: 00-29 are 20xx, 30-99 are 19xx (birth dates reach back, referrals are recent).
    static func expandYear(_ yy: Int) -> Int {
        yy < 30 ? 2000 + yy : 1900 + yy
    }
}
