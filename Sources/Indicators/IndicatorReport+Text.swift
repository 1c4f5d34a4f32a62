// The indicators as a plain-text table for the terminal, laid out like the published table.

import Model

extension IndicatorReport {
    /// `4960` -> `4 960`, as the published table writes it.
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(" ") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    static func cell(_ value: IndicatorDefinition.Value) -> String {
        switch value {
        case .count(let n): return grouped(n)
        case .share(let s): return s.roundedPercent.map { "\($0) %" } ?? "n/a"
        }
    }

    public func text() -> String {
        var out = "ISG convergent indicators, \(period.label)\n"
        out += "Period \(period.from) to \(period.to); a referral counts at its date, or in the month it was reported for when its date is unknown.\n\n"
        out += table(values)
        out += "\nShares in detail: numerator / rows where the field is known (rows where it is unknown)\n"
        for definition in IndicatorDefinition.all {
            let shares = scopes.compactMap { scope -> (Scope, Share)? in
                guard let v = values[scope], case .share(let s) = definition.read(v) else { return nil }
                return (scope, s)
            }
            guard !shares.isEmpty else { continue }
            out += "  \(definition.label)\n"
            for (scope, s) in shares {
                out += "    " + pad(scope.label, 16) + padLeft(IndicatorReport.grouped(s.numerator), 7) + " / "
                    + padLeft(IndicatorReport.grouped(s.denominator), 7) + "  (\(IndicatorReport.grouped(s.unknown)) unknown)\n"
            }
        }
        out += "\nMonthly referrals by site\n"
        out += pad("Month", 9) + sites.map { padLeft(Scope.site($0).label, 12) }.joined() + padLeft("Total", 8) + "\n"
        for month in monthlyReferrals.keys.sorted() {
            let row = monthlyReferrals[month] ?? [:]
            out += pad(month, 9) + sites.map { padLeft(IndicatorReport.grouped(row[$0] ?? 0), 12) }.joined()
                + padLeft(IndicatorReport.grouped(row.values.reduce(0, +)), 8) + "\n"
        }
        if let split {
            for (part, partValues) in subperiods {
                out += "\nBy \(split.rawValue): \(part.from) to \(part.to)\n"
                out += table(partValues)
            }
        }
        return out
    }

    private func table(_ values: [Scope: IndicatorValues]) -> String {
        let width = max(12, scopes.map { $0.label.count + 2 }.max() ?? 12)
        var out = pad("Indicator", 34) + scopes.map { padLeft($0.label, width) }.joined() + "\n"
        for definition in IndicatorDefinition.all {
            out += pad(definition.label, 34)
                + scopes.map { padLeft(values[$0].map { IndicatorReport.cell(definition.read($0)) } ?? "", width) }.joined()
                + "\n"
            if definition.id == "referrals" {
                out += pad("  share of Alsace referrals", 34)
                    + scopes.map { padLeft(values[$0].map { IndicatorReport.cell(.share($0.shareOfAlsace)) } ?? "", width) }
                    .joined() + "\n"
            }
        }
        return out
    }
}

func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
}

func padLeft(_ s: String, _ width: Int) -> String {
    s.count >= width ? " " + s : String(repeating: " ", count: width - s.count) + s
}
