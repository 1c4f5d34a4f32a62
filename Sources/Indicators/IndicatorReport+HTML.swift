// The indicators as one self-contained HTML page for a board: in the run's language, printable on A4
// portrait or landscape, saying when and from what it was made, with one small chart per site.

import Model
import Texts

extension IndicatorReport {
    /// Well-formed (parses as XML), no script, no network: styles and the SVG charts are inline.
    public func html(texts t: Texts = Texts.current) -> String {
        let title = t("indicators.title", ["period": periodText(period, t)])
        var out = """
        <!DOCTYPE html>
        <html lang="\(t.language.rawValue)"><head><meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(escape(title))</title>
        <style>\(IndicatorReport.css)</style></head><body><main>
        <header><h1>\(escape(title))</h1>

        """
        out += meta(t) + "</header>\n"
        if provenance.acceptedErrors > 0 {
            out += "<div class=\"accepted\" role=\"alert\"><strong>\(escape(t("indicators.accepted.title")))</strong> "
                + escape(t.plural("indicators.accepted", count: provenance.acceptedErrors)) + "</div>\n"
        }
        out += "<p class=\"note\">\(escape(t("indicators.note")))</p>\n"
        out += table(values, t)
        out += "<section class=\"monthly\"><h2>\(escape(t("indicators.chart.title")))</h2>\n"
            + "<p class=\"note\">\(escape(t("indicators.chart.note")))</p>\n<div class=\"multiples\">\n"
        for site in sites { out += siteChart(site, t) }
        out += "</div></section>\n"
        out += missingTable(t)
        if let split {
            for (part, partValues) in subperiods {
                let key = split == .quarter ? "indicators.by.quarter" : "indicators.by.month"
                out += "<section class=\"part\"><h2>\(escape(t(key, ["period": periodText(part, t)])))</h2>\n"
                    + table(partValues, t) + "</section>\n"
            }
        }
        out += "<footer>\(escape(t("indicators.footer")))</footer>\n"
        return out + "</main></body></html>\n"
    }

    /// `année 2023`, or `du 01/02/2023 au 30/06/2023`.
    func periodText(_ p: Period, _ t: Texts) -> String {
        if p.label == String(p.from.year) { return t("indicators.period.year", ["year": String(p.from.year)]) }
        return t("indicators.period.range", ["from": t.date(p.from), "to": t.date(p.to)])
    }

    /// The scope's name in the page; sites keep their own name.
    func scopeLabel(_ scope: Scope) -> String { scope.label }

    /// The site's colour, the same as in the quality report.
    func colour(_ site: String) -> String { SitePalette.colour(of: site, among: sites) }

    private func meta(_ t: Texts) -> String {
        var rows: [(String, String)] = [(t("indicators.meta.period"), periodText(period, t))]
        let territories = scopes.filter { if case .territory = $0 { return true } else { return false } }
        let everything = scopes.contains(.alsace) && territories.count == 2 && sites.allSatisfy { scopes.contains(.site($0)) }
        let scopeText = everything ? t("indicators.meta.scope.all") : scopes.map(scopeLabel).joined(separator: ", ")
        rows.append((t("indicators.meta.scope"), scopeText))
        if let stamp = provenance.generatedAt, let date = CivilDate(iso: String(stamp.prefix(10))) {
            rows.append((t("indicators.meta.generated"),
                         t("indicators.generated.value", ["date": t.date(date), "time": String(stamp.dropFirst(11))])))
        }
        if let store = provenance.store { rows.append((t("indicators.meta.store"), store)) }
        if !provenance.files.isEmpty {
            rows.append((t("indicators.meta.inputs"), t("indicators.meta.inputs.value", [
                "count": t.number(provenance.files.count), "sites": t.number(Set(provenance.files.map(\.site)).count)])))
        }
        return "<dl class=\"meta\">" + rows.map { "<div><dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd></div>" }.joined()
            + "</dl>\n"
    }

    private func table(_ values: [Scope: IndicatorValues], _ t: Texts) -> String {
        var out = "<table class=\"figures\"><thead><tr><th scope=\"col\">\(escape(t("indicators.column.indicator")))</th>"
        for scope in scopes {
            var swatch = ""
            if case .site(let site) = scope { swatch = "<span class=\"swatch\" style=\"background:\(colour(site))\"></span>" }
            out += "<th scope=\"col\">\(swatch)\(escape(scopeLabel(scope)))</th>"
        }
        out += "</tr></thead><tbody>\n"
        for definition in IndicatorDefinition.all {
            out += "<tr><th scope=\"row\">\(escape(t("indicator." + definition.id)))</th>"
            for scope in scopes {
                guard let v = values[scope] else { out += "<td></td>"; continue }
                out += "<td>" + cellHTML(definition.read(v), t) + "</td>"
            }
            out += "</tr>\n"
            if definition.id == "referrals" {
                out += "<tr class=\"sub\"><th scope=\"row\">\(escape(t("indicators.share.alsace")))</th>"
                out += scopes.map { s in "<td>" + (values[s].map { cellHTML(.share($0.shareOfAlsace), t, detail: false) } ?? "") + "</td>" }
                    .joined() + "</tr>\n"
            }
        }
        return out + "</tbody></table>\n"
    }

    private func cellHTML(_ value: IndicatorDefinition.Value, _ t: Texts, detail: Bool = true) -> String {
        switch value {
        case .count(let n): return escape(t.number(n))
        case .share(let s):
            let main = s.roundedPercent.map { escape(t.percent(Double($0))) } ?? escape(t("indicators.share.na"))
            guard detail else { return main }
            return main + "<small>\(escape(t.number(s.numerator)))/\(escape(t.number(s.denominator)))</small>"
                + (s.unknown > 0 ? "<small>\(escape(t.plural("indicators.share.unknown", count: s.unknown)))</small>" : "")
        }
    }

    /// The month's short name: `janv.`, `févr.`...
    func monthLabel(_ month: String, _ t: Texts) -> String { t("indicators.month." + String(month.suffix(2))) }

    /// One small bar chart per site on its own scale, so a site of 8 referrals a month reads as well
    /// as one of 300. Integer coordinates only, so the same figures always give the same bytes.
    private func siteChart(_ site: String, _ t: Texts) -> String {
        let months = monthlyReferrals.keys.sorted()
        let counts = months.map { monthlyReferrals[$0]?[site] ?? 0 }
        let total = counts.reduce(0, +)
        let missing = Set(missingMonths[site] ?? [])
        let left = 34, right = 6, top = 10, plot = 110, bottom = 22
        let slot = max(6, min(40, 360 / max(months.count, 1)))
        let width = left + slot * months.count + right, height = top + plot + bottom
        let scaleTop = SitePalette.axisTop(max(counts.max() ?? 0, 1))
        func y(_ v: Int) -> Int { top + plot - (v * plot + scaleTop / 2) / scaleTop }
        let name = Scope.site(site).label, fill = colour(site)
        var svg = "<figure class=\"site\"><figcaption><span class=\"swatch\" style=\"background:\(fill)\"></span>"
            + escape(t("indicators.chart.site", ["site": name, "count": t.number(total)])) + "</figcaption>\n"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" "
            + "role=\"img\" aria-label=\"\(escape(t("indicators.chart.site", ["site": name, "count": t.number(total)])))\" "
            + "font-size=\"10\" font-family=\"DejaVu Sans, sans-serif\">\n"
        let labelEvery = months.count > 12 ? (months.count + 11) / 12 : 1
        for (i, month) in months.enumerated() where missing.contains(month) {
            svg += "<rect x=\"\(left + i * slot)\" y=\"\(top)\" width=\"\(slot)\" height=\"\(plot)\" fill=\"#fdecea\">"
                + "<title>\(escape(monthLabel(month, t))) \(escape(month.prefix(4))) : \(escape(t("indicators.chart.missing")))</title></rect>\n"
        }
        for step in 0...2 {
            let v = scaleTop * step / 2, yy = y(v)
            svg += "<line x1=\"\(left)\" x2=\"\(left + slot * months.count)\" y1=\"\(yy)\" y2=\"\(yy)\" "
                + "stroke=\"\(step == 0 ? "#6b737c" : "#dde2e7")\" stroke-width=\"1\"/>"
                + "<text x=\"\(left - 4)\" y=\"\(yy + 3)\" text-anchor=\"end\" fill=\"#4a525b\">\(escape(t.number(v)))</text>\n"
        }
        let bar = max(4, slot * 7 / 10)
        for (i, month) in months.enumerated() {
            let x = left + i * slot + (slot - bar) / 2
            if counts[i] > 0 {
                let h = max(1, y(0) - y(counts[i]))
                svg += "<rect x=\"\(x)\" y=\"\(y(0) - h)\" width=\"\(bar)\" height=\"\(h)\" fill=\"\(fill)\"><title>"
                    + escape(t("indicators.chart.bar", ["site": name, "month": monthLabel(month, t) + " " + month.prefix(4),
                                                        "count": t.number(counts[i])])) + "</title></rect>\n"
            } else if missing.contains(month) {
                svg += "<text x=\"\(left + i * slot + slot / 2)\" y=\"\(top + plot - 4)\" text-anchor=\"middle\" "
                    + "fill=\"#b42318\" font-size=\"11\" font-weight=\"bold\">×</text>\n"
            }
            if i % labelEvery == 0 {
                svg += "<text x=\"\(left + i * slot + slot / 2)\" y=\"\(top + plot + 14)\" text-anchor=\"middle\" fill=\"#4a525b\">"
                    + escape(monthLabel(month, t)) + "</text>\n"
            }
        }
        return svg + "</svg></figure>\n"
    }

    /// Per site: its imported files and the months of the period without any referral.
    private func missingTable(_ t: Texts) -> String {
        var out = "<section class=\"missing\"><h2>\(escape(t("indicators.missing.title")))</h2>\n<table class=\"plain\"><thead><tr>"
            + "<th>\(escape(t("indicators.missing.site")))</th>"
        if !provenance.files.isEmpty { out += "<th class=\"num\">\(escape(t("indicators.missing.files")))</th>" }
        out += "<th class=\"num\">\(escape(t("indicators.missing.count")))</th><th>\(escape(t("indicators.missing.months")))</th></tr></thead><tbody>\n"
        let missing = missingMonths
        for site in sites {
            let months = missing[site] ?? []
            out += "<tr><td><span class=\"swatch\" style=\"background:\(colour(site))\"></span>\(escape(Scope.site(site).label))</td>"
            if !provenance.files.isEmpty {
                out += "<td class=\"num\">\(escape(t.number(provenance.files.filter { $0.site == site }.count)))</td>"
            }
            out += "<td class=\"num\(months.isEmpty ? "" : " bad")\">\(escape(t.number(months.count)))</td><td>"
                + (months.isEmpty ? escape(t("indicators.missing.none"))
                    : escape(months.map { monthLabel($0, t) + " " + $0.prefix(4) }.joined(separator: ", "))) + "</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }


    static let css = """
    *{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
    body{margin:0;color:#1f2328;font:14px/1.4 "DejaVu Sans",system-ui,sans-serif;background:#fff}
    main{max-width:1100px;margin:0 auto;padding:20px 24px 40px}
    header{border-bottom:3px solid #0b5cad;padding-bottom:8px;margin-bottom:10px}
    h1{font-size:22px;margin:0 0 8px}
    h2{font-size:17px;margin:22px 0 6px;padding-bottom:3px;border-bottom:1px solid #d8dde3}
    dl.meta{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:2px 24px;margin:0;font-size:12.5px}
    dl.meta div{display:flex;gap:6px} dt{color:#5b636d;white-space:nowrap} dt::after{content:" :"} dd{margin:0;overflow-wrap:anywhere}
    .accepted{border:2px solid #b42318;background:#fdecea;color:#7a1a12;padding:8px 12px;border-radius:6px;margin:10px 0;font-size:13px}
    .accepted strong{display:block;color:#b42318}
    .note{color:#5b636d;font-size:12.5px;margin:6px 0}
    table{border-collapse:collapse;margin:6px 0 10px}
    table.figures{width:100%;table-layout:fixed;font-size:12.5px}
    table.figures th,table.figures td{padding:3px 5px;border-bottom:1px solid #e1e5ea;text-align:right;vertical-align:top;overflow-wrap:anywhere}
    table.figures thead th{border-bottom:2px solid #444;vertical-align:bottom;font-weight:600}
    table.figures th:first-child{width:26%;text-align:left}
    table.figures tbody th{text-align:left;font-weight:500}
    table.figures tr.sub th{font-weight:400;color:#5b636d;padding-left:14px}
    small{display:block;color:#6b737c;font-size:10.5px;white-space:nowrap}
    table.plain th,table.plain td{border:1px solid #d8dde3;padding:3px 7px;text-align:left;font-size:12.5px}
    table.plain th{background:#f5f7f9} .num{text-align:right!important} .bad{color:#b42318;font-weight:700}
    .swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:0}
    .multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:8px 18px}
    figure.site{margin:0;break-inside:avoid;page-break-inside:avoid}
    figure.site figcaption{font-size:13px;font-weight:600;margin:2px 0}
    figure.site svg{width:100%;height:auto;display:block}
    footer{margin-top:22px;border-top:1px solid #d8dde3;padding-top:6px;color:#5b636d;font-size:11.5px}
    @page{size:A4;margin:14mm 12mm}
    @media print{
      body{font-size:11px} main{max-width:none;padding:0}
      h1{font-size:17px} h2{font-size:13.5px;margin-top:12px;break-after:avoid;page-break-after:avoid}
      table.figures{font-size:9.5px} small{font-size:8px} dl.meta{font-size:10px}
      .multiples{grid-template-columns:repeat(2,1fr);gap:4px 14px}
      figure.site figcaption{font-size:10.5px}
      tr,.accepted,section.missing{break-inside:avoid;page-break-inside:avoid}
    }
    @media print and (orientation:landscape){.multiples{grid-template-columns:repeat(4,1fr)}}
    """
}

func escape<S: StringProtocol>(_ s: S) -> String { MarkupText.escaped(String(s), quotes: true) }

extension String {
    /// Thousands separators that never wrap.
    func replacingSpaces() -> String { split(separator: " ").joined(separator: "&#160;") }
}
