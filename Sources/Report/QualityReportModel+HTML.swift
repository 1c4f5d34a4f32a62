// quality-report.html: the page skeleton, the summary and the findings grouped by site and kind.

import Model
import Texts


extension QualityReportModel {
    /// Findings listed in full per kind; past this, the JSON has the rest (the page stays light).
    static let findingsShownPerKind = 500

    func html() -> String {
        let texts = Texts.current
        var h = QualityHTML()
        h.raw("<!DOCTYPE html>\n")
        h.element("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": texts.language.rawValue]) { h in
            h.newline()
            h.element("head") { h in
                h.empty("meta", ["charset": "utf-8"])
                h.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                h.element("title", texts("report.title"))
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
                    h.element("footer", texts("report.footer"))
                }
            }
            h.newline()
        }
        h.newline()
        return h.output
    }

    private func writeHeader(_ h: inout QualityHTML) {
        h.element("header", ["class": "top"]) { h in
            let texts = Texts.current
            h.element("h1", texts("report.title"))
            let t = totals
            var lead = texts("report.lead", ["files": texts.plural("import.count.files", count: files.count),
                                             "rows": texts.plural("report.count.rows-read", count: t.rowsRead),
                                             "referrals": texts.plural("count.referrals", count: referralCount),
                                             "meetings": texts.plural("import.count.meetings", count: meetingCount)])
            if let generatedAt { lead += texts("report.generated", ["date": generatedAt]) }
            h.element("p", ["class": "lead"], lead)
            if identified {
                h.element("span", ["class": "privacy identified"], texts("report.identified"))
            } else {
                h.element("span", ["class": "privacy"], texts("report.pseudonymous"))
            }
            h.element("nav", ["class": "toc"]) { h in
                for id in ["findings", "files", "coverage", "completeness", "volumes", "changes"] {
                    h.element("a", ["href": "#" + id], texts("report.toc." + id))
                }
            }
        }
        h.element("div", ["class": "cards"]) { h in
            func card(_ n: Int, _ label: String, _ cls: String) {
                h.element("div", ["class": "card " + cls]) { h in
                    h.element("div", ["class": "n"], Texts.current.number(n))
                    h.element("div", ["class": "l"], label)
                }
            }
            let texts = Texts.current
            func word(_ key: String, _ n: Int) -> String {
                texts.plural(key, count: n).replacingOccurrences(of: texts.number(n) + " ", with: "")
            }
            card(count(.error), word("import.count.errors", count(.error)), count(.error) > 0 ? "error" : "")
            card(count(.warning), word("import.count.warnings", count(.warning)), count(.warning) > 0 ? "warning" : "")
            card(count(.info), word("report.count.notes", count(.info)), count(.info) > 0 ? "info" : "")
            let t = totals
            card(t.rowsRead, word("report.card.read", t.rowsRead), "")
            card(t.kept, word("report.card.kept", t.kept), "")
            card(t.rejected, word("report.card.rejected", t.rejected), t.rejected > 0 ? "error" : "")
            card(t.duplicates, word("report.card.duplicates", t.duplicates), "")
            card(t.nonData, word("report.card.non-data", t.nonData), "")
        }
    }

    private func writeFindings(_ h: inout QualityHTML) {
        h.element("section", ["id": "findings"]) { h in
            let texts = Texts.current
            h.element("h2", texts("report.toc.findings"))
            if findings.isEmpty {
                h.element("p", ["class": "note"], texts("report.findings.none"))
                return
            }
            h.element("p", ["class": "note"], texts("report.findings.note"))
            let groups = self.groups
            h.element("table", ["class": "counts"]) { h in
                h.element("thead") { h in
                    h.element("tr") { h in
                        h.element("th", texts("report.column.site"))
                        for s in Severity.allCases { h.element("th", ["class": "num"], severityTitle(s)) }
                        h.element("th", ["class": "num"], texts("report.column.total"))
                    }
                }
                h.element("tbody") { h in
                    for g in groups {
                        h.element("tr") { h in
                            h.element("td") { $0.element("a", ["href": "#" + g.anchor], g.site ?? texts("report.no-site")) }
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
            let texts = Texts.current
            h.element("h3", "\(g.site ?? texts("report.no-site")) — \(texts.plural("import.count.findings", count: g.count))")
            for k in g.kinds {
                h.element("details", ["class": "kind", "id": g.anchor + "-" + k.kind]) { h in
                    h.element("summary") { h in
                        h.element("span", ["class": "badge " + k.severity.rawValue], texts("report.severity." + k.severity.rawValue))
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
                    for key in ["where", "field", "value", "found", "todo"] { h.element("th", Texts.current("report.column." + key)) }
                }
            }
            h.element("tbody") { h in
                for s in shown { writeFindingRow(s, into: &h) }
            }
        }
        if k.findings.count > shown.count {
            h.element("p", ["class": "note"],
                      Texts.current("report.findings.more", ["count": Texts.current.number(k.findings.count - shown.count), "kind": k.kind]))
        }
    }

    private func writeFindingRow(_ s: ShownFinding, into h: inout QualityHTML) {
        let f = s.finding
        let texts = Texts.current
        h.element("tr", ["id": s.id]) { h in
            h.element("td", ["class": "where"]) { h in
                if let file = f.file {
                    if let anchor = s.fileAnchor {
                        h.element("a", ["href": "#" + anchor, "title": texts("report.link.account")], file)
                    } else {
                        h.text(file)
                    }
                } else if f.kind == "missing_month" {
                    h.element("a", ["href": "#coverage", "title": texts("report.link.coverage")], texts("report.link.coverage"))
                }
                let place = [f.sheet, f.cell ?? f.row.map { texts("report.row", ["row": String($0)]) }].compactMap { $0 }
                if !place.isEmpty {
                    if f.file != nil { h.raw("<br/>") }
                    h.text(place.joined(separator: " › "))
                }
                if let link = sourceLink(f) {
                    h.raw(" ")
                    h.element("a", ["href": link, "title": texts("report.link.cell")], "↗")
                }
            }
            h.element("td", f.field ?? "")
            if s.valueHidden {
                h.element("td", ["class": "value hidden"], texts("report.value.hidden"))
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
        Texts.current("report.severities." + s.rawValue)
    }
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
