// quality-report.html: referrals per month, stacked by site, as an inline SVG bar chart.

import Model

extension QualityReportModel {
    func writeVolumes(_ h: inout QualityHTML) {
        h.element("section", ["id": "volumes"]) { h in
            h.element("h2", "Volumes by month and site")
            let months = coverage.months
            let rows = coverage.rows
            let monthTotals = months.indices.map { i in rows.reduce(0) { $0 + $1.cells[i].referrals } }
            guard let top = monthTotals.max(), top > 0 else {
                h.element("p", ["class": "note"], "No referral kept."); return
            }
            h.element("p", ["class": "note"], "Referrals kept per month (the month each file reports for), "
                + "stacked by site. The busiest month has \(top).")
            h.raw(chart(months: months, rows: rows, totals: monthTotals, top: top))
            h.element("div", ["class": "legend"]) { h in
                for (i, row) in rows.enumerated() {
                    h.element("span") { h in
                        h.element("span", ["class": "swatch", "style": "background:" + QualityStyle.siteColor(i)], "")
                        h.text("\(row.site) (\(row.cells.reduce(0) { $0 + $1.referrals }))")
                    }
                }
            }
        }
    }

    /// Integer coordinates only, so the same data always gives the same bytes.
    private func chart(months: [String], rows: [CoverageRow], totals: [Int], top: Int) -> String {
        let left = 48, right = 12, topPad = 12, bottom = 34
        let slot = max(18, min(56, 840 / max(months.count, 1)))
        let plotWidth = slot * months.count
        let plotHeight = 180
        let width = left + plotWidth + right, height = topPad + plotHeight + bottom
        let scaleTop = Self.niceCeiling(top)
        func y(_ v: Int) -> Int { topPad + plotHeight - (v * plotHeight + scaleTop / 2) / scaleTop }

        var s = QualityHTML()
        s.element("svg", ["xmlns": "http://www.w3.org/2000/svg", "class": "chart", "role": "img",
                          "width": String(width), "height": String(height),
                          "viewBox": "0 0 \(width) \(height)",
                          "aria-label": "Referrals kept per month, stacked by site"]) { s in
            s.element("title", "Referrals kept per month, stacked by site")
            // Horizontal grid lines and their values.
            for step in 0...4 {
                let v = scaleTop * step / 4
                let yy = y(v)
                s.empty("line", ["x1": String(left), "x2": String(left + plotWidth), "y1": String(yy), "y2": String(yy),
                                 "stroke": step == 0 ? "#8a939c" : "#e3e7eb", "stroke-width": "1"])
                s.element("text", ["x": String(left - 6), "y": String(yy + 4), "text-anchor": "end",
                                   "font-size": "11", "fill": "#5b636d"], String(v))
            }
            let barWidth = max(8, slot * 2 / 3)
            for (i, month) in months.enumerated() {
                let x = left + i * slot + (slot - barWidth) / 2
                var base = 0
                for (siteIndex, row) in rows.enumerated() {
                    let n = row.cells[i].referrals
                    guard n > 0 else { continue }
                    let y0 = y(base), y1 = y(base + n)
                    s.element("rect", ["x": String(x), "y": String(y1), "width": String(barWidth),
                                       "height": String(max(1, y0 - y1)), "fill": QualityStyle.siteColor(siteIndex)]) { s in
                        s.element("title", "\(row.site), \(MonthRange.label(month)): \(n)")
                    }
                    base += n
                }
                if rows.contains(where: { !$0.cells[i].hasFile }) {
                    // A month where some site sent nothing: flagged under the axis.
                    s.element("text", ["x": String(left + i * slot + slot / 2), "y": String(topPad + plotHeight + 28),
                                       "text-anchor": "middle", "font-size": "10", "fill": "#b42318"], "✗")
                }
                s.element("text", ["x": String(left + i * slot + slot / 2), "y": String(topPad + plotHeight + 15),
                                   "text-anchor": "middle", "font-size": "11", "fill": "#5b636d"],
                          MonthRange.shortLabel(month))
                if totals[i] > 0 {
                    s.element("text", ["x": String(left + i * slot + slot / 2), "y": String(y(totals[i]) - 3),
                                       "text-anchor": "middle", "font-size": "10", "fill": "#1f2328"], String(totals[i]))
                }
            }
        }
        return s.output
    }

    /// The axis top: four times a round step (1, 2, 3, 4, 5, 6 or 8 × 10ⁿ), at or above `v`.
    static func niceCeiling(_ v: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 3, 4, 5, 6, 8] where 4 * factor * magnitude >= v { return 4 * factor * magnitude }
            magnitude *= 10
        }
    }
}
