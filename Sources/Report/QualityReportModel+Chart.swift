// quality-report.html: referrals per month, one small bar chart per site on its own scale (a site of
// 8 referrals a month reads as well as one of 300), each site in its colour (SitePalette), months
// without a file marked.

import Model
import Texts

extension QualityReportModel {
    func writeVolumes(_ h: inout QualityHTML, texts t: Texts = Texts.current) {
        h.element("section", ["id": "volumes"]) { h in
            h.element("h2", t("volumes.title"))
            let months = coverage.months
            let rows = coverage.rows
            guard rows.contains(where: { $0.cells.contains { $0.referrals > 0 } }) else {
                h.element("p", ["class": "note"], t("volumes.none")); return
            }
            h.element("p", ["class": "note"], t("volumes.note"))
            let sites = rows.map(\.site)
            h.element("div", ["class": "multiples"]) { h in
                for row in rows {
                    h.raw(Self.siteChart(row, months: months, colour: SitePalette.colour(of: row.site, among: sites), t))
                }
            }
        }
    }

    /// Integer coordinates only, so the same data always gives the same bytes.
    static func siteChart(_ row: CoverageRow, months: [String], colour: String, _ t: Texts) -> String {
        let counts = row.cells.map(\.referrals)
        let total = counts.reduce(0, +)
        let left = 34, right = 6, top = 10, plot = 100, bottom = 22
        let slot = max(6, min(40, 360 / max(months.count, 1)))
        let width = left + slot * months.count + right, height = top + plot + bottom
        let scaleTop = SitePalette.axisTop(max(counts.max() ?? 0, 1))
        func y(_ v: Int) -> Int { top + plot - (v * plot + scaleTop / 2) / scaleTop }
        func monthName(_ m: String) -> String { t("indicators.month." + String(m.suffix(2))) }
        let caption = t("volumes.site", ["site": row.site, "count": t.number(total)])
        var s = "<figure class=\"site\"><figcaption><span class=\"swatch\" style=\"background:\(colour)\"></span>"
            + QualityHTML.escape(caption) + "</figcaption>"
        s += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" font-size=\"10\" aria-label=\"\(QualityHTML.escape(caption, quotes: true))\">"
        let labelEvery = months.count > 12 ? (months.count + 11) / 12 : 1
        for (i, cell) in row.cells.enumerated() where !cell.hasFile {
            s += "<rect x=\"\(left + i * slot)\" y=\"\(top)\" width=\"\(slot)\" height=\"\(plot)\" fill=\"#fdecea\"><title>"
                + QualityHTML.escape(t("volumes.nofile", ["site": row.site, "month": MonthRange.label(cell.month)])) + "</title></rect>"
            s += "<text x=\"\(left + i * slot + slot / 2)\" y=\"\(top + plot - 4)\" text-anchor=\"middle\" fill=\"#b42318\" "
                + "font-weight=\"bold\">✗</text>"
        }
        for step in 0...2 {
            let v = scaleTop * step / 2, yy = y(v)
            s += "<line x1=\"\(left)\" x2=\"\(left + slot * months.count)\" y1=\"\(yy)\" y2=\"\(yy)\" stroke=\"\(step == 0 ? "#8a939c" : "#e3e7eb")\" "
                + "stroke-width=\"1\"/><text x=\"\(left - 4)\" y=\"\(yy + 3)\" text-anchor=\"end\" fill=\"#5b636d\">\(v)</text>"
        }
        let bar = max(4, slot * 7 / 10)
        for (i, cell) in row.cells.enumerated() {
            if cell.referrals > 0 {
                let h = max(1, y(0) - y(cell.referrals))
                s += "<rect x=\"\(left + i * slot + (slot - bar) / 2)\" y=\"\(y(0) - h)\" width=\"\(bar)\" height=\"\(h)\" fill=\"\(colour)\"><title>"
                    + QualityHTML.escape(t("volumes.bar", ["site": row.site, "month": MonthRange.label(cell.month),
                                                           "count": t.number(cell.referrals)])) + "</title></rect>"
            }
            if i % labelEvery == 0 {
                s += "<text x=\"\(left + i * slot + slot / 2)\" y=\"\(top + plot + 14)\" text-anchor=\"middle\" fill=\"#5b636d\">"
                    + QualityHTML.escape(monthName(cell.month)) + "</text>"
            }
        }
        return s + "</svg></figure>\n"
    }

}
