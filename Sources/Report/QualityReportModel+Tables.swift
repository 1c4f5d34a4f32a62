// quality-report.html: the nothing-lost account, the coverage grid, the completeness heat table
// and the changes against the previous import.

import Model


extension QualityReportModel {
    func writeFiles(_ h: inout QualityHTML) {
        h.element("section", ["id": "files"]) { h in
            h.element("h2", "Files: nothing lost")
            h.element("p", ["class": "note"], "For every file, rows read = kept + duplicates + rejected + non-data "
                + "(titles, blank lines, totals). A file that does not add up is marked.")
            if files.isEmpty { h.element("p", ["class": "note"], "No file was read."); return }
            h.element("div", ["class": "scroll"]) { h in
                h.element("table", ["class": "wide"]) { h in
                    h.element("thead") { h in
                        h.element("tr") { h in
                            h.element("th", "File"); h.element("th", "Site"); h.element("th", "Months")
                            for t in ["Read", "Kept", "Duplicates", "Rejected", "Non-data", "Adds up", "Findings"] {
                                h.element("th", ["class": "num"], t)
                            }
                        }
                    }
                    h.element("tbody") { h in
                        for row in files { writeFileRow(row, into: &h) }
                    }
                    let t = totals
                    h.element("tfoot") { h in
                        h.element("tr") { h in
                            h.element("th", ["colspan": "3"], "All files")
                            for n in [t.rowsRead, t.kept, t.duplicates, t.rejected, t.nonData] {
                                h.element("th", ["class": "num"], String(n))
                            }
                            h.element("th", ["class": "num"], unbalancedFiles.isEmpty ? "✓" : "\(unbalancedFiles.count) ✗")
                            h.element("th", ["class": "num"], String(files.reduce(0) { $0 + $1.findingCount }))
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
                h.element("td", ["class": "num"], String(n))
            }
            if a.isBalanced {
                h.element("td", ["class": "num ok"], "✓")
            } else {
                let gap = a.rowsRead - (a.kept + a.duplicates + a.rejected + a.nonData)
                h.element("td", ["class": "num bad", "title": "read minus accounted rows"],
                          "✗ \(gap > 0 ? "+" : "")\(gap)")
            }
            h.element("td", ["class": "num"], row.findingCount == 0 ? "" : String(row.findingCount))
        }
    }

    func writeCoverage(_ h: inout QualityHTML) {
        h.element("section", ["id": "coverage"]) { h in
            h.element("h2", "Coverage by site and month")
            h.element("p", ["class": "note"], "Referrals kept per month, from the month each file reports for. "
                + "A red ✗ is a month with no file for that site.")
            if coverage.rows.isEmpty || coverage.months.isEmpty {
                h.element("p", ["class": "note"], "No month to show."); return
            }
            let peak = coverage.maxReferrals
            h.element("div", ["class": "scroll"]) { h in
                h.element("table", ["class": "grid"]) { h in
                    h.element("thead") { h in
                        h.element("tr") { h in
                            h.element("th", "Site")
                            for m in coverage.months {
                                h.element("th", ["title": MonthRange.label(m)], MonthRange.shortLabel(m))
                            }
                            h.element("th", ["class": "num"], "Missing")
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
                h.element("span", "Months of " + years.map(String.init).joined(separator: "–") + ".")
                h.element("span") { $0.element("span", ["class": "swatch", "style": "background:#fdecea"], ""); $0.text("no file") }
                h.element("span") { $0.element("span", ["class": "swatch", "style": "background:#fafafa"], ""); $0.text("file, no referral") }
                h.element("span") { $0.element("span", ["class": "swatch", "style": "background:#3f86c4"], ""); $0.text("more referrals") }
            }
        }
    }

    private func writeCoverageCell(_ cell: CoverageCell, site: String, peak: Int, into h: inout QualityHTML) {
        let label = "\(site), \(MonthRange.label(cell.month))"
        guard cell.hasFile else {
            h.element("td", ["class": "missing", "title": "\(label): no file"], "✗")
            return
        }
        if cell.referrals == 0 {
            h.element("td", ["class": "empty", "title": "\(label): file, no referral"], "0")
            return
        }
        // Five shades relative to the busiest month of any site.
        let level = peak == 0 ? 1 : min(5, 1 + (cell.referrals * 5 - 1) / peak)
        h.element("td", ["class": "v\(level)", "title": "\(label): \(cell.referrals) referrals"], String(cell.referrals))
    }

    func writeCompleteness(_ h: inout QualityHTML) {
        h.element("section", ["id": "completeness"]) { h in
            h.element("h2", "Completeness by site and field")
            h.element("p", ["class": "note"], "Share of kept referrals where the field is known. "
                + "Percentages in the indicators use only the known rows.")
            let rows = completeness.rows.filter { $0.referrals > 0 }
            if rows.isEmpty { h.element("p", ["class": "note"], "No referral kept."); return }
            h.element("div", ["class": "scroll"]) { h in
                h.element("table", ["class": "heat"]) { h in
                    h.element("thead") { h in
                        h.element("tr") { h in
                            h.element("th", "Field")
                            for row in rows { h.element("th", ["class": "num"], "\(row.site) (\(row.referrals))") }
                        }
                    }
                    h.element("tbody") { h in
                        for (i, field) in CompletenessTable.fields.enumerated() {
                            h.element("tr") { h in
                                h.element("th") { $0.element("code", field.name) }
                                for row in rows { writeHeatCell(row.cells[i], site: row.site, into: &h) }
                            }
                        }
                    }
                }
            }
            h.element("div", ["class": "legend"]) { h in
                // Every band of writeHeatCell, in order.
                for (cls, text) in [("h0", "under 20 %"), ("h1", "20–49 %"), ("h2", "50–79 %"), ("h3", "80–94 %"),
                                    ("h4", "95–99 %"), ("h5", "100 %")] {
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
        let percent = Int((share * 100).rounded(.down))
        h.element("td", ["class": cls, "title": "\(site), \(cell.field): \(cell.known) of \(cell.total) known"],
                  "\(share == 1 ? 100 : percent) %")
    }

    func writeChanges(_ h: inout QualityHTML) {
        h.element("section", ["id": "changes"]) { h in
            h.element("h2", "Changes since the previous import")
            guard let c = changes else {
                h.element("p", ["class": "note"], "First import into this store: nothing to compare with.")
                return
            }
            h.element("p", ["class": "note"], "\(c.newFiles.count) new \(plural(c.newFiles.count, "file")), "
                + "\(c.replaced.count) replaced (same path, new content), \(c.unchanged.count) unchanged, "
                + "\(c.notRead.count) from the previous import not read this time (their rows stay).")
            func fileList(_ title: String, _ list: [FileAccount]) {
                guard !list.isEmpty else { return }
                h.element("h3", title)
                h.element("table") { h in
                    h.element("tr") { h in h.element("th", "File"); h.element("th", "Site"); h.element("th", ["class": "num"], "Kept") }
                    for a in list {
                        h.element("tr") { h in
                            h.element("td", a.file); h.element("td", a.site); h.element("td", ["class": "num"], String(a.kept))
                        }
                    }
                }
            }
            fileList("New files", c.newFiles)
            if !c.replaced.isEmpty {
                h.element("h3", "Replaced files")
                h.element("table") { h in
                    h.element("tr") { h in
                        for t in ["File", "Site"] { h.element("th", t) }
                        for t in ["Kept before", "Kept now", "Change"] { h.element("th", ["class": "num"], t) }
                    }
                    for r in c.replaced {
                        h.element("tr") { h in
                            h.element("td", r.current.file); h.element("td", r.current.site)
                            h.element("td", ["class": "num"], String(r.previous.kept))
                            h.element("td", ["class": "num"], String(r.current.kept))
                            h.element("td", ["class": r.isVolumeJump ? "num bad" : "num",
                                             "title": r.isVolumeJump ? "volume jump: check this file" : nil],
                                      (r.keptChange > 0 ? "+" : "") + String(r.keptChange) + (r.isVolumeJump ? " ⚠" : ""))
                        }
                    }
                }
            }
            fileList("Files of the previous import not read this time", c.notRead)
            h.element("h3", "Referrals kept per site")
            h.element("table") { h in
                h.element("tr") { h in
                    h.element("th", "Site")
                    for t in ["Before", "After", "Change"] { h.element("th", ["class": "num"], t) }
                }
                for s in c.sites {
                    h.element("tr") { h in
                        h.element("td", s.site)
                        h.element("td", ["class": "num"], String(s.before))
                        h.element("td", ["class": "num"], String(s.after))
                        let d = s.after - s.before
                        h.element("td", ["class": "num"], (d > 0 ? "+" : "") + String(d))
                    }
                }
            }
        }
    }
}
