// Turns the typed attributes of an ODS cell (office:value, date-value, time-value...) into values.

import Model

/// Parsers for ODF attribute values, working on the parser's bytes: no String per cell where
/// the value is a number or a date.
enum ODSValueParsing {
    /// `office:value`: an xsd:double. Integers (counts, the usual case) take a fast exact path.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        if bytes.isEmpty { return nil }
        if bytes.count <= 15, let integer = integer(bytes) { return Double(integer) }
        let text = String(decoding: bytes, as: UTF8.self)
        // Swift's parser accepts what xsd:double allows (and "inf"/"nan", which ODF spells INF/NaN).
        return Double(text)
    }

    /// A decimal integer with an optional sign, or nil.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        guard index < bytes.count, bytes.count - index <= 18 else { return nil }
        var value = 0
        while index < bytes.count {
            let digit = Int(bytes[index]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
            index += 1
        }
        return negative ? -value : value
    }

    /// A repeat or span count: a positive integer, saturated at `Int32.max` so that a count of
    /// 2^40 cannot overflow arithmetic; nil (meaning 1) when absent or malformed.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>?) -> Int {
        guard let bytes, !bytes.isEmpty else { return 1 }
        var value = 0
        for byte in bytes {
            let digit = Int(byte) - 48
            guard digit >= 0, digit <= 9 else { return 1 }
            value = min(value * 10 + digit, Int(Int32.max))
        }
        return max(value, 1)
    }

    /// `office:date-value`: `YYYY-MM-DD` -> date; `YYYY-MM-DDThh:mm:ss[.f]` -> date-time (a time
    /// zone suffix is ignored: spreadsheets hold wall-clock times). Nil when it is not a valid date.
    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> CellValue? {
        var cursor = ByteCursor(bytes)
        guard let year = cursor.digits(4), cursor.skip("-"), let month = cursor.digits(2), cursor.skip("-"),
              let day = cursor.digits(2), let date = CivilDate(validYear: year, month: month, day: day) else { return nil }
        if cursor.atEnd { return .date(date) }
        guard cursor.skip("T"), let hour = cursor.digits(2), cursor.skip(":"), let minute = cursor.digits(2),
              cursor.skip(":"), let whole = cursor.digits(2), hour < 24, minute < 60, whole < 60 else { return nil }
        var fraction = 0.0
        if cursor.skip(".") { fraction = cursor.fraction() }
        guard cursor.atEnd || cursor.skip("Z") || cursor.skip("+") || cursor.skip("-") else { return nil }
        let seconds = Double(hour * 3600 + minute * 60 + whole) + fraction
        return .dateTime(date, secondsOfDay: roundedSecondsOfDay(seconds))
    }

    /// `office:time-value`: an xsd:duration such as `PT10H10M10.5S` (days, sign allowed). Below
    /// 24 hours it is a time of day, from 24 hours on (or negative) a duration, as calamine reads it.
    static func time(_ bytes: UnsafeBufferPointer<UInt8>) -> CellValue? {
        var cursor = ByteCursor(bytes)
        let negative = cursor.skip("-")
        guard cursor.skip("P") else { return nil }
        var total = 0.0
        var inTime = false
        var sawComponent = false
        while !cursor.atEnd {
            if cursor.skip("T") { inTime = true; continue }
            guard let whole = cursor.number() else { return nil }
            var value = Double(whole)
            if cursor.skip(".") { value += cursor.fraction() }
            guard let unit = cursor.next() else { return nil }
            switch (unit, inTime) {
            case (UInt8(ascii: "D"), false): total += value * 86_400
            case (UInt8(ascii: "H"), true): total += value * 3_600
            case (UInt8(ascii: "M"), true): total += value * 60
            case (UInt8(ascii: "S"), true): total += value
            default: return nil  // years and months have no fixed length
            }
            sawComponent = true
        }
        guard sawComponent else { return nil }
        if negative { return .duration(seconds: -total) }
        if total < 86_400 { return .time(secondsOfDay: roundedSecondsOfDay(total)) }
        return .duration(seconds: total)
    }

    /// The reference rounding: to the millisecond, then half up to the second, never past 23:59:59.
    static func roundedSecondsOfDay(_ seconds: Double) -> Int {
        let milliseconds = (seconds * 1000).rounded()
        let whole = Int((milliseconds / 1000).rounded(.down))
        let rest = milliseconds - Double(whole) * 1000
        return min(whole + (rest >= 500 ? 1 : 0), 86_399)
    }

    /// `office:boolean-value`: `true` or `false` (ODF also lets `1` and `0` through).
    static func boolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if bytes.equals("true") || bytes.equals("1") { return true }
        if bytes.equals("false") || bytes.equals("0") { return false }
        return nil
    }
}

/// Reads ASCII fields off a byte buffer, for the date and duration parsers.
private struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    mutating func next() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
        index += 1
        return true
    }

    /// Exactly `count` digits.
    mutating func digits(_ count: Int) -> Int? {
        guard bytes.count - index >= count else { return nil }
        var value = 0
        for _ in 0..<count {
            let digit = Int(bytes[index]) - 48
            guard digit >= 0, digit <= 9 else { return nil }
            value = value * 10 + digit
            index += 1
        }
        return value
    }

    /// One or more digits, saturating far above any real duration.
    mutating func number() -> Int? {
        let start = index
        var value = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            value = min(value * 10 + Int(bytes[index]) - 48, 1 << 50)
            index += 1
        }
        return index > start ? value : nil
    }

    /// The digits after a decimal point, as a fraction.
    mutating func fraction() -> Double {
        var value = 0.0
        var scale = 0.1
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            value += Double(bytes[index] - 48) * scale
            scale /= 10
            index += 1
        }
        return value
    }
}
