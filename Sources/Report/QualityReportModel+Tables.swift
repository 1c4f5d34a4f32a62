// quality-report.html: the nothing-lost account, the coverage grid, the completeness heat table
// and the changes against the previous import.

import Model
import Texts


extension QualityReportModel {
    func writeFiles(_ h: inout QualityHTML) {
        h.element("section", ["id": "files"]) { h in
            let texts = Texts.current
            h.element("h2", texts("report.files.title"))
            h.element("p", ["class": "note"], texts("report.files.note"))
            if files.isEmpty { h.element("p", ["class": "note"], texts("report.files.none")); return }
            h.element("div", ["class": "scroll"]) { h in
                h.element("table", ["class": "wide"]) { h in
                    h.element("thead") { h in
                        h.element("tr") { h in
                            for key in ["file", "site", "months"] { h.element("th", texts("report.column." + key)) }
                            for key in ["read", "kept", "duplicates", "rejected", "non-data", "adds-up", "findings"] {
                                h.element("th", ["class": "num"], texts("report.column." + key))
                            }
                        }
                    }
                    h.element("tbody") { h in
                        for row in files { writeFileRow(row, into: &h) }
                    }
                    let t = totals
                    h.element("tfoot") { h in
                        h.element("tr") { h in
                            h.element("th", ["colspan": "3"], texts("report.files.all"))
                            for n in [t.rowsRead, t.kept, t.duplicates, t.rejected, t.nonData] {
                                h.element("th", ["class": "num"], texts.number(n))
                            }
                            h.element("th", ["class": "num"], unbalancedFiles.isEmpty ? "✓" : "\(unbalancedFiles.count) ✗")
                            h.element("th", ["class": "num"], texts.number(files.reduce(0) { $0 + $1.findingCount }))
                        }
                    }
                }
            }
        }
    }

    private func writeFileRow(_ row: FileRow, into h: inout QualityHTML) {
        let a = row.account
        h.element("tr", ["id": row.anchor]) { h in
            h.element("td", a.file)
            h.element("td", a.site)
            h.element("td", a.periods.sorted().map(MonthRange.label).joined(separator: ", "))
            for n in [a.rowsRead, a.kept, a.duplicates, a.rejected, a.nonData] {
                h.element("td", ["class": "num"], Texts.current.number(n))
            }
            if a.isBalanced {
                h.element("td", ["class": "num ok"], "✓")
            } else {
                let gap = a.rowsRead - (a.kept + a.duplicates + a.rejected + a.nonData)
                h.element("td", ["class": "num bad", "title": Texts.current("report.files.gap")],
                          "✗ \(gap > 0 ? "+" : "")\(gap)")
            }
            h.element("td", ["class": "num"], row.findingCount == 0 ? "" : String(row.findingCount))
        }
    }

    func writeCoverage(_ h: inout QualityHTML) {
        h.element("section", ["id": "coverage"]) { h in
            let texts = Texts.current
            h.element("h2", texts("report.coverage.title"))
            h.element("p", ["class": "note"], texts("report.coverage.note"))
            if coverage.rows.isEmpty || coverage.months.isEmpty {
                h.element("p", ["class": "note"], texts("report.coverage.none")); return
            }
            let peak = coverage.maxReferrals
            h.element("div", ["class": "scroll"]) { h in
                h.element("table", ["class": "grid"]) { h in
                    h.element("thead") { h in
                        h.element("tr") { h in
                            h.element("th", texts("report.column.site"))
                            for m in coverage.months {
                                h.element("th", ["title": MonthRange.label(m)], MonthRange.shortLabel(m))
                            }
                            h.element("th", ["class": "num"], texts("report.column.missing"))
                        }
                    }
                    h.element("tbody") { h in
                        for row in coverage.rows {
                            h.element("tr") { h in
                                h.element("th", row.site)
                                for cell in row.cells { writeCoverageCell(cell, site: row.site, peak: peak, into: &h) }
                                let missing = row.missingMonths.count
                                h.element("td", ["class": missing > 0 ? "num bad" : "num ok"],
                                          missing > 0 ? String(missing) : "✓")
                            }
                        }
                    }
                }
            }
            let years = Set(coverage.months.compactMap { MonthRange.parse($0)?.year }).sorted()
            h.element("div", ["class": "legend"]) { h in
                h.element("span", texts("report.coverage.years", ["years": years.map(String.init).joined(separator: "–")]))
                h.element("span") { $0.element("span", ["class": "swatch", "style": "background:#fdecea"], ""); $0.text(texts("report.coverage.no-file")) }
                h.element("span") { $0.element("span", ["class": "swatch", "style": "background:#fafafa"], ""); $0.text(texts("report.coverage.no-referral")) }
                h.element("span") { $0.element("span", ["class": "swatch", "style": "background:#3f86c4"], ""); $0.text(texts("report.coverage.more")) }
            }
        }
    }

    private func writeCoverageCell(_ cell: CoverageCell, site: String, peak: Int, into h: inout QualityHTML) {
        let texts = Texts.current
        let label = "\(site), \(MonthRange.label(cell.month))"
        guard cell.hasFile else {
            h.element("td", ["class": "missing", "title": texts("report.coverage.cell", ["place": label, "what": texts("report.coverage.no-file")])], "✗")
            return
        }
        if cell.referrals == 0 {
            h.element("td", ["class": "empty", "title": texts("report.coverage.cell", ["place": label, "what": texts("report.coverage.no-referral")])], "0")
            return
        }
        // Five shades relative to the busiest month of any site.
        let level = peak == 0 ? 1 : min(5, 1 + (cell.referrals * 5 - 1) / peak)
        h.element("td", ["class": "v\(level)", "title": texts("report.coverage.cell", ["place": label, "what": texts.plural("count.referrals", count: cell.referrals)])],
                  texts.number(cell.referrals))
    }

    func writeCompleteness(_ h: inout QualityHTML) {
        h.element("section", ["id": "completeness"]) { h in
            let texts = Texts.current
            h.element("h2", texts("report.completeness.title"))
            h.element("p", ["class": "note"], texts("report.completeness.note"))
            let rows = completeness.rows.filter { $0.referrals > 0 }
            if rows.isEmpty { h.element("p", ["class": "note"], texts("report.completeness.none")); return }
            h.element("div", ["class": "scroll"]) { h in
                h.element("table", ["class": "heat"]) { h in
                    h.element("thead") { h in
                        h.element("tr") { h in
                            h.element("th", texts("report.column.field"))
                            for row in rows { h.element("th", ["class": "num"], "\(row.site) (\(texts.number(row.referrals)))") }
                        }
                    }
                    h.element("tbody") { h in
                        for (i, field) in CompletenessTable.fields.enumerated() {
                            h.element("tr") { h in
                                h.element("th") { $0.element("code", field.column) }
                                for row in rows { writeHeatCell(row.cells[i], site: row.site, into: &h) }
                            }
                        }
                    }
                }
            }
            h.element("div", ["class": "legend"]) { h in
                // Every band of writeHeatCell, in order.
                for (cls, text) in [("h0", texts("report.completeness.under", ["percent": texts.percent(20)])),
                                    ("h1", "20–" + texts.percent(49)), ("h2", "50–" + texts.percent(79)),
                                    ("h3", "80–" + texts.percent(94)), ("h4", "95–" + texts.percent(99)),
                                    ("h5", texts.percent(100))] {
                    h.element("span") { h in
                        h.element("span", ["class": "swatch " + cls, "style": "background:\(Self.heatColor[cls] ?? "#fff")"], "")
                        h.text(text)
                    }
                }
            }
        }
    }

    private static let heatColor = ["h0": "#f7d4cf", "h1": "#fbe3c4", "h2": "#fdf1c7", "h3": "#e3f1d4",
                                    "h4": "#c7e6c3", "h5": "#a4d6a7"]

    private func writeHeatCell(_ cell: CompletenessCell, site: String, into h: inout QualityHTML) {
        guard let share = cell.share else { h.element("td", ["class": "na"], "–"); return }
        let cls: String
        switch share {
        case 1: cls = "h5"
        case 0.95...: cls = "h4"
        case 0.8...: cls = "h3"
        case 0.5...: cls = "h2"
        case 0.2...: cls = "h1"
        default: cls = "h0"
        }
        let texts = Texts.current
        let percent = Int((share * 100).rounded(.down))
        h.element("td", ["class": cls, "title": texts("report.completeness.cell", ["site": site, "field": cell.field,
                                                                                  "known": texts.number(cell.known), "total": texts.number(cell.total)])],
                  texts.percent(Double(share == 1 ? 100 : percent)))
    }

    /// Kept rows (referrals and meetings alike, as the file accounts count them) before and after,
    /// so that both sides count the same thing; a file or site this run did not read says so rather
    /// than looking unchanged.
    func writeChanges(_ h: inout QualityHTML) {
        let texts = Texts.current
        h.element("section", ["id": "changes"]) { h in
            h.element("h2", texts("report.changes.title"))
            guard let c = changes else {
                h.element("p", ["class": "note"], texts("report.changes.first"))
                return
            }
            h.element("p", ["class": "note"], texts("report.changes.note", [
                "new": texts.plural("report.changes.count.new", count: c.newFiles.count),
                "replaced": texts.plural("report.changes.count.replaced", count: c.replaced.count),
                "unchanged": texts.plural("report.changes.count.unchanged", count: c.unchanged.count),
                "notread": texts.plural("report.changes.count.not-read", count: c.notRead.count),
            ]))
            func fileList(_ title: String, _ list: [FileAccount]) {
                guard !list.isEmpty else { return }
                h.element("h3", title)
                h.element("table") { h in
                    h.element("tr") { h in
                        h.element("th", texts("report.column.file")); h.element("th", texts("report.column.site"))
                        h.element("th", ["class": "num"], texts("report.column.kept-rows"))
                    }
                    for a in list {
                        h.element("tr") { h in
                            h.element("td", a.file); h.element("td", a.site); h.element("td", ["class": "num"], texts.number(a.kept))
                        }
                    }
                }
            }
            fileList(texts("report.changes.new-files"), c.newFiles)
            if !c.replaced.isEmpty {
                h.element("h3", texts("report.changes.replaced-files"))
                h.element("table") { h in
                    h.element("tr") { h in
                        for key in ["file", "site"] { h.element("th", texts("report.column." + key)) }
                        for key in ["kept-before", "kept-now", "change"] { h.element("th", ["class": "num"], texts("report.column." + key)) }
                    }
                    for r in c.replaced {
                        h.element("tr") { h in
                            h.element("td", r.current.file); h.element("td", r.current.site)
                            h.element("td", ["class": "num"], texts.number(r.previous.kept))
                            h.element("td", ["class": "num"], texts.number(r.current.kept))
                            h.element("td", ["class": r.isVolumeJump ? "num bad" : "num",
                                             "title": r.isVolumeJump ? texts("report.changes.jump") : nil],
                                      (r.keptChange > 0 ? "+" : "") + texts.number(r.keptChange) + (r.isVolumeJump ? " ⚠" : ""))
                        }
                    }
                }
            }
            if !c.notRead.isEmpty {
                h.element("h3", texts("report.changes.not-read-files"))
                h.element("table") { h in
                    h.element("tr") { h in
                        h.element("th", texts("report.column.file")); h.element("th", texts("report.column.site"))
                        h.element("th", texts("report.column.months")); h.element("th", ["class": "num"], texts("report.column.kept-rows"))
                        h.element("th", texts("report.column.this-time"))
                    }
                    for a in c.notRead {
                        h.element("tr") { h in
                            h.element("td", a.file); h.element("td", a.site)
                            h.element("td", a.periods.sorted().map(MonthRange.label).joined(separator: ", "))
                            h.element("td", ["class": "num"], texts.number(a.kept))
                            h.element("td", ["class": "not-read"], texts("report.changes.not-imported"))
                        }
                    }
                }
            }
            h.element("h3", texts("report.changes.per-site"))
            h.element("p", ["class": "note"], texts("report.changes.per-site-note"))
            h.element("table") { h in
                h.element("tr") { h in
                    h.element("th", texts("report.column.site"))
                    for key in ["before", "after", "change"] { h.element("th", ["class": "num"], texts("report.column." + key)) }
                }
                for s in c.sites {
                    h.element("tr") { h in
                        h.element("td", s.site)
                        h.element("td", ["class": "num"], texts.number(s.before))
                        h.element("td", ["class": "num"], texts.number(s.after))
                        let d = s.after - s.before
                        if !s.readThisTime {
                            h.element("td", ["class": "num not-read"], texts("report.changes.not-imported"))
                        } else {
                            h.element("td", ["class": "num"], (d > 0 ? "+" : "") + texts.number(d))
                        }
                    }
                }
            }
        }
    }
}
