// Per site and month: was there a file, and how many referrals it gave (coverage and volumes).

import Model
import Texts


struct CoverageCell: Sendable, Equatable {
    var month: String
    /// Some file of the site reports for this month.
    var hasFile: Bool
    var referrals: Int
}

struct CoverageRow: Sendable {
    var site: String
    var cells: [CoverageCell]
    var missingMonths: [String] { cells.filter { !$0.hasFile }.map(\.month) }
}

struct CoverageGrid: Sendable {
    var months: [String]
    var rows: [CoverageRow]

    init(accounts: [FileAccount], referrals: [Referral], coveredMonths: [String]?, sites: [String]) {
        var filed: Set<String> = []
        var seen: Set<String> = []
        for account in accounts {
            for month in account.periods {
                filed.insert(account.site + "|" + month)
                seen.insert(month)
            }
        }
        var counts: [String: Int] = [:]
        for referral in referrals {
            counts[referral.site + "|" + referral.periode, default: 0] += 1
            seen.insert(referral.periode)
        }
        months = coveredMonths.map { Array(Set($0)).sorted() } ?? MonthRange.spanning(seen)
        let months = self.months
        rows = sites.map { site in
            CoverageRow(site: site, cells: months.map { month in
                CoverageCell(month: month, hasFile: filed.contains(site + "|" + month),
                             referrals: counts[site + "|" + month] ?? 0)
            })
        }
    }

    var maxReferrals: Int { rows.flatMap(\.cells).map(\.referrals).max() ?? 0 }

    /// A `missing_month` finding for each month of the period a site has no file for, unless the
    /// import already reported it (same site, the month as value or in the message).
    func missingMonthFindings(existing: [Finding]) -> [Finding] {
        let reported = existing.filter { $0.kind == "missing_month" }
        var out: [Finding] = []
        for row in rows {
            for month in row.missingMonths {
                let already = reported.contains { f in
                    f.site == row.site && (f.value == month || f.message.contains(month))
                }
                if already { continue }
                out.append(Finding(
                    kind: "missing_month", severity: .warning, site: row.site, value: month,
                    message: Texts.current("finding.coverage.message", ["site": row.site, "month": MonthRange.label(month)]),
                    hint: Texts.current("finding.coverage.hint", ["month": month])))
            }
        }
        return out
    }
}

/// `YYYY-MM` months: parsing and the continuous run between two of them.
enum MonthRange {
    static func parse(_ month: String) -> (year: Int, month: Int)? {
        let parts = month.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        return (y, m)
    }

    static func format(year: Int, month: Int) -> String {
        let y = String(year), m = String(month)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + (m.count < 2 ? "0" + m : m)
    }

    /// Every month from the earliest to the latest readable month of `months`; unreadable ones
    /// are kept (sorted after) so nothing disappears from the grid. Capped at 10 years.
    static func spanning(_ months: Set<String>) -> [String] {
        let readable = months.compactMap(parse)
        let unreadable = months.filter { parse($0) == nil }.sorted()
        guard let first = readable.min(by: { ($0.year, $0.month) < ($1.year, $1.month) }),
              let last = readable.max(by: { ($0.year, $0.month) < ($1.year, $1.month) }) else { return unreadable }
        var out: [String] = []
        var (y, m) = first
        while (y, m) <= last && out.count < 120 {
            out.append(format(year: y, month: m))
            m += 1
            if m == 13 { m = 1; y += 1 }
        }
        return out + unreadable
    }

    /// `janv.`… in French, `Jan`… in English (`report.months` in the catalogue, twelve names).
    private static var names: [String] {
        Texts.current("report.months").split(separator: " ").map(String.init)
    }

    /// `mars 2023` (`Mar 2023` in English) for `2023-03`; the text itself when unreadable.
    static func label(_ month: String) -> String {
        guard let (y, m) = parse(month), names.count == 12 else { return month }
        return "\(names[m - 1]) \(y)"
    }

    static func shortLabel(_ month: String) -> String {
        guard let (_, m) = parse(month), names.count == 12 else { return month }
        return names[m - 1]
    }
}
