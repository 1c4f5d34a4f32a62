// Reading counts and ages from cells: whole numbers, "45 ans", with the reasons a value is refused.

import Mapping
import Model
import Spreadsheet
import Texts

enum NumberReading: Equatable {
    case value(Int)
    case invalid(String)
}

enum NumberValue {
    /// A whole number written as a number or as text ("3", " 3 "), negative allowed here.
    static func integer(_ value: CellValue) -> Int? {
        switch value {
        case .number(let n):
            guard n == n.rounded(), abs(n) < 1e9 else { return nil }
            return Int(n)
        case .string(let text):
            let trimmed = text.trimmingSpaces
            return Int(trimmed) ?? Double(trimmed.replacingComma).flatMap { $0 == $0.rounded() && abs($0) < 1e9 ? Int($0) : nil }
        case .boolean, .date, .dateTime, .time, .duration, .error:
            return nil
        }
    }

    static func count(_ value: CellValue, bound: Int) -> NumberReading {
        guard let n = integer(value) else { return .invalid(Texts.current("finding.number.not-whole")) }
        if n < 0 { return .invalid(Texts.current("finding.number.negative")) }
        if n > bound { return .invalid(Texts.current("finding.number.above-bound", ["bound": Texts.current.number(bound)])) }
        return .value(n)
    }

    /// "45", 45, "45 ans", "45ans", "45 a".
    static func age(_ value: CellValue) -> NumberReading {
        var years: Int?
        if case .string(let text) = value {
            let normalized = Wording.normalize(text)
            let digits = normalized.prefix(while: \.isNumber)
            let rest = normalized.dropFirst(digits.count).trimmingCharacters(of: " ")
            if !digits.isEmpty, ["", "ans", "an", "a"].contains(rest) { years = Int(digits) }
        } else {
            years = integer(value)
        }
        guard let years else { return .invalid(Texts.current("finding.number.not-age")) }
        guard (0...120).contains(years) else { return .invalid(Texts.current("finding.number.implausible-age")) }
        return .value(years)
    }
}

extension StringProtocol {
    var trimmingSpaces: Substring {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }

    var replacingComma: String { String(map { $0 == "," ? "." : $0 }) }

    func trimmingCharacters(of character: Character) -> Substring {
        var s = Substring(self)
        while s.first == character { s.removeFirst() }
        while s.last == character { s.removeLast() }
        return s
    }
}
