// The indicators as one self-contained HTML page for a board report: the table and a monthly chart.

import Model

extension IndicatorReport {
    /// Well-formed (parses as XML), no script, no network: styles and the SVG chart are inline.
    public func html() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"/>
        <title>ISG indicators \(escape(period.label))</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse;margin:1em 0}
        th,td{padding:.3em .7em;border-bottom:1px solid #ddd;text-align:right}
        th:first-child,td:first-child{text-align:left}
        thead th{border-bottom:2px solid #444}
        small{color:#777;font-size:.75em;display:block;white-space:nowrap}
        .note{color:#555;font-size:.9em}
        @media print{body{margin:0}}
        </style></head><body>
        <h1>ISG convergent indicators, \(escape(period.label))</h1>
        <p class="note">From \(period.from) to \(period.to). A referral counts at its date, or in the month it was
        reported for when its date is unknown. A share's denominator is the rows where the field is known;
        the small figures give numerator / denominator and the rows where it is unknown.</p>

        """
        out += table(values)
        out += "<h2>Monthly referrals by site</h2>\n" + chart()
        if let split {
            for (part, partValues) in subperiods {
                out += "<h2>By \(split.rawValue): \(part.from) to \(part.to)</h2>\n" + table(partValues)
            }
        }
        return out + "</body></html>\n"
    }

    private func table(_ values: [Scope: IndicatorValues]) -> String {
        var out = "<table><thead><tr><th>Indicator</th>"
        out += scopes.map { "<th>\(escape($0.label))</th>" }.joined() + "</tr></thead><tbody>\n"
        for definition in IndicatorDefinition.all {
            out += "<tr><td>\(escape(definition.label))</td>"
            for scope in scopes {
                guard let v = values[scope] else { out += "<td></td>"; continue }
                out += "<td>" + cellHTML(definition.read(v)) + "</td>"
            }
            out += "</tr>\n"
            if definition.id == "referrals" {
                out += "<tr><td>&#160;&#160;share of Alsace referrals</td>"
                out += scopes.map { s in "<td>" + (values[s].map { cellHTML(.share($0.shareOfAlsace), detail: false) } ?? "") + "</td>" }
                    .joined() + "</tr>\n"
            }
        }
        return out + "</tbody></table>\n"
    }

    private func cellHTML(_ value: IndicatorDefinition.Value, detail: Bool = true) -> String {
        switch value {
        case .count(let n): return IndicatorReport.grouped(n).replacingSpaces()
        case .share(let s):
            let main = (s.roundedPercent.map { "\($0)&#160;%" } ?? "n/a")
            guard detail else { return main }
            return main + "<small>\(IndicatorReport.grouped(s.numerator).replacingSpaces())/"
                + "\(IndicatorReport.grouped(s.denominator).replacingSpaces()), "
                + "\(IndicatorReport.grouped(s.unknown).replacingSpaces()) unknown</small>"
        }
    }

    /// Stacked bars: one per month, one colour per site, with a legend.
    private func chart() -> String {
        let months = monthlyReferrals.keys.sorted()
        let colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]
        let totals = months.map { (monthlyReferrals[$0] ?? [:]).values.reduce(0, +) }
        let top = max(1, totals.max() ?? 1)
        let barWidth = 36, gap = 12, height = 200, left = 50, bottom = 30
        let width = left + months.count * (barWidth + gap) + 160
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height + bottom + 10)\" "
            + "role=\"img\" aria-label=\"Monthly referrals by site\" font-size=\"11\">\n"
        svg += "<line x1=\"\(left)\" y1=\"\(height)\" x2=\"\(left + months.count * (barWidth + gap))\" y2=\"\(height)\" stroke=\"#444\"/>\n"
        svg += "<text x=\"\(left - 6)\" y=\"14\" text-anchor=\"end\">\(top)</text>"
            + "<text x=\"\(left - 6)\" y=\"\(height)\" text-anchor=\"end\">0</text>\n"
        for (index, month) in months.enumerated() {
            let x = left + index * (barWidth + gap) + gap / 2
            var y = height
            let row = monthlyReferrals[month] ?? [:]
            for (siteIndex, site) in sites.enumerated() {
                let count = row[site] ?? 0
                guard count > 0 else { continue }
                let h = max(1, count * (height - 10) / top)
                y -= h
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(h)\" fill=\"\(colours[siteIndex % colours.count])\">"
                    + "<title>\(escape(month)) \(escape(site)): \(count)</title></rect>\n"
            }
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(height + 14)\" text-anchor=\"middle\">\(escape(String(month.suffix(2))))</text>\n"
        }
        for (siteIndex, site) in sites.enumerated() {
            let x = left + months.count * (barWidth + gap) + 20, y = 20 + siteIndex * 18
            svg += "<rect x=\"\(x)\" y=\"\(y - 10)\" width=\"12\" height=\"12\" fill=\"\(colours[siteIndex % colours.count])\"/>"
                + "<text x=\"\(x + 18)\" y=\"\(y)\">\(escape(Scope.site(site).label))</text>\n"
        }
        return svg + "</svg>\n"
    }
}

func escape(_ s: String) -> String { MarkupText.escaped(s, quotes: true) }

extension String {
    /// Thousands separators that never wrap.
    func replacingSpaces() -> String { split(separator: " ").joined(separator: "&#160;") }
}
