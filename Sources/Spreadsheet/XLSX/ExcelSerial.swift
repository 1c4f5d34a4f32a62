// Excel serial numbers to dates, times and durations (1900 and 1904 systems, the 1900 leap-year bug).

import Model

enum ExcelSerial {
    private static let msPerDay = 86_400_000.0
    /// Day 0 of both systems once shifted: 1899-12-30.
    private static let epochDays = CivilDate(year: 1899, month: 12, day: 30).daysSinceEpoch

    /// The typed value of number `serial` shown with a format of `kind`.
    /// Dates: serial < 1 (negatives too) is a time of day, an integral serial a date,
    /// anything else a date-time; outside years 1...9999 it stays a number. Times are
    /// rounded to the millisecond, then half up to the second (a time never wraps past
    /// 23:59:59). Durations keep millisecond precision.
    static func value(_ serial: Double, kind: NumberFormatKind, uses1904: Bool) -> CellValue {
        switch kind {
        case .number:
            return .number(serial)
        case .duration:
            guard serial.isFinite, abs(serial) < 1e12 else { return .number(serial) }
            return .duration(seconds: (serial * msPerDay).rounded() / 1000)
        case .dateTime:
            return dateValue(serial, uses1904: uses1904)
        }
    }

    private static func dateValue(_ serial: Double, uses1904: Bool) -> CellValue {
        guard serial.isFinite, abs(serial) < 4e6 else { return .number(serial) }
        var shifted = serial
        if uses1904 {
            shifted += 1462
        } else if shifted < 60 {
            // Excel's fictitious 1900-02-29 (serial 60) and everything before it are one day off.
            shifted += 1
        }
        let totalMs = Int((shifted * msPerDay).rounded())
        let msPerDayInt = 86_400_000
        let dayOffset = totalMs >= 0 ? totalMs / msPerDayInt : -((-totalMs + msPerDayInt - 1) / msPerDayInt)
        let msOfDay = totalMs - dayOffset * msPerDayInt
        let date = CivilDate(daysSinceEpoch: epochDays + dayOffset)
        guard (1...9999).contains(date.year) else { return .number(serial) }
        var seconds = msOfDay / 1000
        let roundUp = msOfDay % 1000 >= 500
        if serial < 1 {
            if roundUp, seconds < 86_399 { seconds += 1 }
            return .time(secondsOfDay: seconds)
        }
        if serial == serial.rounded(.down) {
            return .date(date)
        }
        if roundUp { seconds += 1 }
        if seconds >= 86_400 {
            return .dateTime(CivilDate(daysSinceEpoch: date.daysSinceEpoch + 1), secondsOfDay: seconds - 86_400)
        }
        return .dateTime(date, secondsOfDay: seconds)
    }

    /// An ISO 8601 value from a `t="d"` cell: `2024-03-01`, `2024-03-01T08:30:00(.000)(Z)`, `08:30:00`.
    /// A value with a zone (`Z`, `+01:00`) is an instant, not a wall-clock date: nil, kept as text.
    static func isoValue(_ text: String) -> CellValue? {
        let bytes = Array(text.utf8)
        if bytes.count > 10, bytes.dropFirst(10).contains(where: { $0 == UInt8(ascii: "Z") || $0 == UInt8(ascii: "+") }) {
            return nil
        }
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var v = 0
            for b in bytes[from..<(from + count)] {
                guard b >= 48, b <= 57 else { return nil }
                v = v * 10 + Int(b - 48)
            }
            return v
        }
        func time(at i: Int) -> Int? {
            guard let h = number(i, 2), let m = number(i + 3, 2) else { return nil }
            let s = number(i + 6, 2) ?? 0
            var total = h * 3600 + m * 60 + s
            if i + 9 < bytes.count, bytes[i + 8] == UInt8(ascii: "."), let digit = number(i + 9, 1), digit >= 5 { total += 1 }
            return total
        }
        if bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), let y = number(0, 4), let mo = number(5, 2), let d = number(8, 2),
           let date = CivilDate(validYear: y, month: mo, day: d) {
            if bytes.count > 11, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "), let t = time(at: 11) {
                return t == 0 ? .date(date) : .dateTime(date, secondsOfDay: min(t, 86_399))
            }
            return .date(date)
        }
        if bytes.count >= 5, bytes[2] == UInt8(ascii: ":"), let t = time(at: 0) { return .time(secondsOfDay: min(t, 86_399)) }
        return nil
    }
}
