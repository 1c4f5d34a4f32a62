// The period the figures cover, the rule that puts a row in it, and its quarters and months.

import Model


/// Inclusive dates.
public struct Period: Hashable, Sendable {
    public var from: CivilDate
    public var to: CivilDate

    public init(from: CivilDate, to: CivilDate) {
        self.from = from
        self.to = to
    }

    public static func year(_ year: Int) -> Period {
        Period(from: CivilDate(year: year, month: 1, day: 1), to: CivilDate(year: year, month: 12, day: 31))
    }

    public func contains(_ date: CivilDate) -> Bool { from <= date && date <= to }

    /// The date a referral counts at: its own date, or the first day of its `periode` when the date is
    /// unknown (so a row belongs to exactly one of consecutive periods).
    public static func countingDate(of referral: Referral) -> CivilDate? {
        referral.dateSaisine ?? monthStart(referral.periode)
    }

    /// `YYYY-MM` -> its first day.
    static func monthStart(_ month: String) -> CivilDate? {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return CivilDate(validYear: y, month: m, day: 1)
    }

    public enum Split: String, Sendable, CaseIterable {
        case quarter, month
    }

    /// Calendar quarters or months, clipped to this period.
    public func split(by unit: Split) -> [Period] {
        var result: [Period] = []
        let step = unit == .quarter ? 3 : 1
        var year = from.year
        var month = unit == .quarter ? (from.month - 1) / 3 * 3 + 1 : from.month
        while CivilDate(year: year, month: month, day: 1) <= to {
            var endMonth = month + step - 1
            var endYear = year
            if endMonth > 12 { endMonth -= 12; endYear += 1 }
            let end = CivilDate(year: endYear, month: endMonth, day: CivilDate.daysInMonth(year: endYear, month: endMonth))
            result.append(Period(from: max(from, CivilDate(year: year, month: month, day: 1)), to: min(to, end)))
            month += step
            if month > 12 { month -= 12; year += 1 }
        }
        return result
    }

    /// `YYYY-MM` of every month the period touches.
    public var months: [String] {
        split(by: .month).map { String($0.from.description.prefix(7)) }
    }

    /// `2023-01-01 to 2023-12-31`, or `2023` for a calendar year.
    public var label: String {
        if from.month == 1, from.day == 1, to.month == 12, to.day == 31, from.year == to.year { return "\(from.year)" }
        return "\(from) to \(to)"
    }
}
