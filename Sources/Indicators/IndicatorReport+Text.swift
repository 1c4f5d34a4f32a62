// The indicators as a plain-text table for the terminal, laid out like the published table, in the
// run's language (French: `4 960`, `66 %`, `du 01/01/2023 au 31/12/2023`).

import Model
import Texts

extension IndicatorReport {
    static func cell(_ value: IndicatorDefinition.Value, _ t: Texts) -> String {
        switch value {
        case .count(let n): return t.number(n)
        case .share(let s): return s.roundedPercent.map { t.percent(Double($0)) } ?? t("indicators.share.na")
        }
    }

    public func text(texts t: Texts = Texts.current) -> String {
        var out = t("indicators.title", ["period": periodText(period, t)]) + "\n"
        out += t("indicators.text.period", ["period": periodText(period, t)]) + "\n\n"
        out += table(values, t)
        out += "\n" + t("indicators.text.details") + "\n"
        for definition in IndicatorDefinition.all {
            let shares = scopes.compactMap { scope -> (Scope, Share)? in
                guard let v = values[scope], case .share(let s) = definition.read(v) else { return nil }
                return (scope, s)
            }
            guard !shares.isEmpty else { continue }
            out += "  \(t("indicator." + definition.id))\n"
            for (scope, s) in shares {
                out += "    " + pad(scope.label, 16) + padLeft(t.number(s.numerator), 7) + " / "
                    + padLeft(t.number(s.denominator), 7) + "  (\(t.plural("indicators.share.unknown", count: s.unknown)))\n"
            }
        }
        out += "\n" + t("indicators.chart.title") + "\n"
        out += pad(t("indicators.text.month"), 11) + sites.map { padLeft(Scope.site($0).label, 12) }.joined()
            + padLeft(t("indicators.text.total"), 8) + "\n"
        for month in monthlyReferrals.keys.sorted() {
            let row = monthlyReferrals[month] ?? [:]
            out += pad(monthLabel(month, t) + " " + month.prefix(4), 11) + sites.map { padLeft(t.number(row[$0] ?? 0), 12) }.joined()
                + padLeft(t.number(row.values.reduce(0, +)), 8) + "\n"
        }
        if let split {
            for (part, partValues) in subperiods {
                let key = split == .quarter ? "indicators.by.quarter" : "indicators.by.month"
                out += "\n" + t(key, ["period": periodText(part, t)]) + "\n"
                out += table(partValues, t)
            }
        }
        return out
    }

    private func table(_ values: [Scope: IndicatorValues], _ t: Texts) -> String {
        let width = max(12, scopes.map { $0.label.count + 2 }.max() ?? 12)
        let labels = IndicatorDefinition.all.map { t("indicator." + $0.id) } + ["  " + t("indicators.share.alsace")]
        let first = max(34, (labels.map(\.count).max() ?? 0) + 2)
        var out = pad(t("indicators.column.indicator"), first) + scopes.map { padLeft($0.label, width) }.joined() + "\n"
        for definition in IndicatorDefinition.all {
            out += pad(t("indicator." + definition.id), first)
                + scopes.map { padLeft(values[$0].map { IndicatorReport.cell(definition.read($0), t) } ?? "", width) }.joined()
                + "\n"
            if definition.id == "referrals" {
                out += pad("  " + t("indicators.share.alsace"), first)
                    + scopes.map { padLeft(values[$0].map { IndicatorReport.cell(.share($0.shareOfAlsace), t) } ?? "", width) }
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
