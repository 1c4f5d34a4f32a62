// quality-report.html: the page skeleton, the summary and the findings grouped by site and kind.

import Model


extension QualityReportModel {
    /// Findings listed in full per kind; past this, the JSON has the rest (the page stays light).
    static let findingsShownPerKind = 500

    func html() -> String {
        var h = QualityHTML()
        h.raw("<!DOCTYPE html>\n")
        h.element("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": "en"]) { h in
            h.newline()
            h.element("head") { h in
                h.empty("meta", ["charset": "utf-8"])
                h.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                h.element("title", "ISG data-quality report")
                h.element("style") { $0.raw("\n" + QualityStyle.css + "\n") }
            }
            h.newline()
            h.element("body") { h in
                h.element("main") { h in
                    writeHeader(&h)
                    writeFindings(&h)
                    writeFiles(&h)
                    writeCoverage(&h)
                    writeCompleteness(&h)
                    writeVolumes(&h)
                    writeChanges(&h)
                    h.element("footer", "Written by isg. The same data gives the same report; "
                        + "quality-report.json holds the same findings for other tools.")
                }
            }
            h.newline()
        }
        h.newline()
        return h.output
    }

    private func writeHeader(_ h: inout QualityHTML) {
        h.element("header", ["class": "top"]) { h in
            h.element("h1", "ISG data-quality report")
            let t = totals
            var lead = "\(files.count) \(plural(files.count, "file")), \(t.rowsRead) rows read, "
                + "\(referralCount) \(plural(referralCount, "referral")) and \(meetingCount) "
                + "\(plural(meetingCount, "meeting")) kept."
            if let generatedAt { lead += " Generated \(generatedAt)." }
            h.element("p", ["class": "lead"], lead)
            if identified {
                h.element("span", ["class": "privacy identified"],
                          "Identified report: it shows names, birth dates and communes. Handle it as personal data.")
            } else {
                h.element("span", ["class": "privacy"],
                          "Names, birth dates and communes are hidden (run with --identified to show them).")
            }
            h.element("nav", ["class": "toc"]) { h in
                for (id, title) in [("findings", "Findings"), ("files", "Files"), ("coverage", "Coverage"),
                                    ("completeness", "Completeness"), ("volumes", "Volumes"), ("changes", "Changes")] {
                    h.element("a", ["href": "#" + id], title)
                }
            }
        }
        h.element("div", ["class": "cards"]) { h in
            func card(_ n: Int, _ label: String, _ cls: String) {
                h.element("div", ["class": "card " + cls]) { h in
                    h.element("div", ["class": "n"], String(n))
                    h.element("div", ["class": "l"], label)
                }
            }
            card(count(.error), plural(count(.error), "error"), count(.error) > 0 ? "error" : "")
            card(count(.warning), plural(count(.warning), "warning"), count(.warning) > 0 ? "warning" : "")
            card(count(.info), plural(count(.info), "note"), count(.info) > 0 ? "info" : "")
            let t = totals
            card(t.rowsRead, "rows read", "")
            card(t.kept, "rows kept", "")
            card(t.rejected, "rows rejected", t.rejected > 0 ? "error" : "")
            card(t.duplicates, "duplicate rows", "")
            card(t.nonData, "non-data rows", "")
        }
    }

    private func writeFindings(_ h: inout QualityHTML) {
        h.element("section", ["id": "findings"]) { h in
            h.element("h2", "Findings")
            if findings.isEmpty {
                h.element("p", ["class": "note"], "No findings: every row was read as the mapping expects.")
                return
            }
            h.element("p", ["class": "note"], "Grouped by site and kind, most severe first. "
                + "Open a group to see each finding, where it is and what to do.")
            let groups = self.groups
            h.element("table", ["class": "counts"]) { h in
                h.element("thead") { h in
                    h.element("tr") { h in
                        h.element("th", "Site")
                        for s in Severity.allCases { h.element("th", ["class": "num"], severityTitle(s)) }
                        h.element("th", ["class": "num"], "Total")
                    }
                }
                h.element("tbody") { h in
                    for g in groups {
                        h.element("tr") { h in
                            h.element("td") { $0.element("a", ["href": "#" + g.anchor], g.site ?? "Not tied to a site") }
                            for s in Severity.allCases {
                                let n = g.kinds.flatMap(\.findings).filter { $0.finding.severity == s }.count
                                h.element("td", ["class": "num"], n == 0 ? "" : String(n))
                            }
                            h.element("td", ["class": "num"], String(g.count))
                        }
                    }
                }
            }
            for g in groups { writeGroup(g, into: &h) }
        }
    }

    private func writeGroup(_ g: FindingGroup, into h: inout QualityHTML) {
        h.element("section", ["id": g.anchor]) { h in
            h.element("h3", "\(g.site ?? "Not tied to a site") — \(g.count) \(plural(g.count, "finding"))")
            for k in g.kinds {
                h.element("details", ["class": "kind", "id": g.anchor + "-" + k.kind]) { h in
                    h.element("summary") { h in
                        h.element("span", ["class": "badge " + k.severity.rawValue], k.severity.rawValue)
                        h.element("span", ["class": "count"], String(k.findings.count))
                        h.text(" " + QualityKinds.title(k.kind, count: k.findings.count))
                        h.element("code", k.kind)
                    }
                    h.element("div", ["class": "body"]) { h in writeFindingTable(k, into: &h) }
                }
            }
        }
    }

    private func writeFindingTable(_ k: KindGroup, into h: inout QualityHTML) {
        let shown = k.findings.prefix(Self.findingsShownPerKind)
        h.element("table") { h in
            h.element("thead") { h in
                h.element("tr") { h in
                    for title in ["Where", "Field", "Value", "What we found", "What to do"] { h.element("th", title) }
                }
            }
            h.element("tbody") { h in
                for s in shown { writeFindingRow(s, into: &h) }
            }
        }
        if k.findings.count > shown.count {
            h.element("p", ["class": "note"],
                      "\(k.findings.count - shown.count) more in quality-report.json (kind \(k.kind)).")
        }
    }

    private func writeFindingRow(_ s: ShownFinding, into h: inout QualityHTML) {
        let f = s.finding
        h.element("tr", ["id": s.id]) { h in
            h.element("td", ["class": "where"]) { h in
                if let file = f.file {
                    if let anchor = s.fileAnchor {
                        h.element("a", ["href": "#" + anchor, "title": "This file's account"], file)
                    } else {
                        h.text(file)
                    }
                } else if f.kind == "missing_month" {
                    h.element("a", ["href": "#coverage", "title": "The coverage grid"], "Coverage grid")
                }
                let place = [f.sheet, f.cell ?? f.row.map { "row \($0)" }].compactMap { $0 }
                if !place.isEmpty {
                    if f.file != nil { h.raw("<br/>") }
                    h.text(place.joined(separator: " › "))
                }
                if let link = sourceLink(f) {
                    h.raw(" ")
                    h.element("a", ["href": link, "title": "Open the cell in the spreadsheet"], "↗")
                }
            }
            h.element("td", f.field ?? "")
            if s.valueHidden {
                h.element("td", ["class": "value hidden"], "hidden")
            } else {
                h.element("td", ["class": "value"], f.value ?? "")
            }
            h.element("td", f.message)
            h.element("td", ["class": "hint"], f.hint ?? "")
        }
    }

    /// `<base>/<file>#'Sheet'!C17`: spreadsheet programs open such a link at the cell.
    private func sourceLink(_ f: Finding) -> String? {
        guard let base = sourceLinkBase, let file = f.file else { return nil }
        var link = (base.hasSuffix("/") || base.isEmpty ? base : base + "/") + percentEncodedPath(file)
        if let sheet = f.sheet {
            let quoted = "'" + sheet.replacingAll("'", with: "''") + "'"
            link += "#" + percentEncodedPath(quoted) + "!" + (f.cell ?? f.row.map { "A\($0)" } ?? "A1")
        }
        return link
    }

    func severityTitle(_ s: Severity) -> String {
        switch s {
        case .error: return "Errors"
        case .warning: return "Warnings"
        case .info: return "Notes"
        }
    }

    func plural(_ n: Int, _ word: String) -> String { n == 1 ? word : word + "s" }
}

/// Keeps letters, digits, `-._~/'` and non-ASCII text; encodes the rest (spaces, `#`, `%`...).
func percentEncodedPath(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
        if scalar.value >= 0x80 || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || "-._~/'".unicodeScalars.contains(scalar) {
            out.unicodeScalars.append(scalar)
        } else {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out += "%" + (hex.count < 2 ? "0" + hex : hex)
        }
    }
    return out
}

fileprivate extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
